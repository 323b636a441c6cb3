package dev.aegis.pack.llmguard.onnx.testmodel;

import java.util.Map;

/**
 * A BERT-style {@code tokenizer.json} in the Hugging Face tokenizers format: BERT normaliser (lower
 * case, accents stripped), BERT pre-tokeniser, a WordPiece model over the given vocabulary, and
 * {@code [CLS] … [SEP]} around each sequence. Written by hand, keys in a fixed order, so the same
 * vocabulary gives the same bytes.
 */
final class TokenizerJson {

    private TokenizerJson() {}

    static String of(Map<String, Integer> vocabulary) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"version\": \"1.0\",\n  \"truncation\": null,\n  \"padding\": null,\n  \"added_tokens\": [\n");
        for (int i = 0; i < WordPieceVocabulary.SPECIAL.size(); i++) {
            String token = WordPieceVocabulary.SPECIAL.get(i);
            json.append("    {\"id\": ").append(vocabulary.get(token)).append(", \"content\": ").append(quote(token))
                    .append(", \"single_word\": false, \"lstrip\": false, \"rstrip\": false, \"normalized\": false, \"special\": true}")
                    .append(i + 1 < WordPieceVocabulary.SPECIAL.size() ? ",\n" : "\n");
        }
        json.append("  ],\n");
        json.append("  \"normalizer\": {\"type\": \"BertNormalizer\", \"clean_text\": true, \"handle_chinese_chars\": true, \"strip_accents\": null, \"lowercase\": true},\n");
        json.append("  \"pre_tokenizer\": {\"type\": \"BertPreTokenizer\"},\n");
        json.append("  \"post_processor\": {\"type\": \"BertProcessing\", \"sep\": [\"[SEP]\", ").append(vocabulary.get("[SEP]"))
                .append("], \"cls\": [\"[CLS]\", ").append(vocabulary.get("[CLS]")).append("]},\n");
        json.append("  \"decoder\": {\"type\": \"WordPiece\", \"prefix\": \"##\", \"cleanup\": true},\n");
        json.append("  \"model\": {\"type\": \"WordPiece\", \"unk_token\": \"[UNK]\", \"continuing_subword_prefix\": \"##\", \"max_input_chars_per_word\": 100, \"vocab\": {\n");
        int written = 0;
        for (Map.Entry<String, Integer> entry : vocabulary.entrySet()) {
            json.append("    ").append(quote(entry.getKey())).append(": ").append(entry.getValue()).append(++written < vocabulary.size() ? ",\n" : "\n");
        }
        json.append("  }}\n}\n");
        return json.toString();
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
