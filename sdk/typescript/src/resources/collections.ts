import { ENDPOINTS } from "../endpoints.js";
import type { Collection, CollectionFile, Deleted, FileObject, SearchResult } from "../models.js";
import { asList, asModel } from "../parse.js";
import { MODELS } from "../schema.js";
import type { RequestOptions, Transport } from "../transport.js";

export interface SearchParams {
  maxResults?: number;
  /** An OpenAI comparison filter (`eq`) or a compound `and` of them. */
  filters?: Record<string, unknown>;
}

/** Collections of documents to retrieve from: the OpenAI-compatible `/v1/vector_stores` and `/v1/files`. */
export class Collections {
  constructor(private readonly transport: Transport) {}

  async create(params: { name: string; metadata?: Record<string, string>; fileIds?: string[] }, options?: RequestOptions): Promise<Collection> {
    const body: Record<string, unknown> = { name: params.name };
    if (params.metadata !== undefined) {
      body.metadata = params.metadata;
    }
    if (params.fileIds !== undefined) {
      body.file_ids = params.fileIds;
    }
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.createCollection, body, options });
    return asModel<Collection>(MODELS.Collection, data);
  }

  async list(options?: RequestOptions): Promise<Collection[]> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.listCollections, options });
    return asList<Collection>(MODELS.Collection, data);
  }

  async get(id: string, options?: RequestOptions): Promise<Collection> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.getCollection, pathParams: { id }, options });
    return asModel<Collection>(MODELS.Collection, data);
  }

  async delete(id: string, options?: RequestOptions): Promise<Deleted> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.deleteCollection, pathParams: { id }, options });
    return asModel<Deleted>(MODELS.Deleted, data);
  }

  /** Uploads a document (text, Markdown or PDF) for collections to use. */
  async uploadFile(content: BlobPart, filename: string, options?: RequestOptions): Promise<FileObject> {
    const form = new FormData();
    form.append("purpose", "assistants");
    form.append("file", content instanceof Blob ? content : new Blob([content]), filename);
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.uploadFile, body: form, options });
    return asModel<FileObject>(MODELS.FileObject, data);
  }

  /** Adds an uploaded file to a collection; it is chunked and embedded before the answer. */
  async attachFile(collectionId: string, fileId: string,
      params: { attributes?: Record<string, string | number | boolean> } = {}, options?: RequestOptions): Promise<CollectionFile> {
    const body: Record<string, unknown> = { file_id: fileId };
    if (params.attributes !== undefined) {
      body.attributes = params.attributes;
    }
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.attachFile, pathParams: { id: collectionId }, body, options });
    return asModel<CollectionFile>(MODELS.CollectionFile, data);
  }

  /** Uploads a document and adds it to a collection. */
  async addDocument(collectionId: string, content: BlobPart, filename: string, options?: RequestOptions): Promise<CollectionFile> {
    const file = await this.uploadFile(content, filename, options);
    return this.attachFile(collectionId, file.id, {}, options);
  }

  /** The passages that best answer the query (hybrid ranking; score is the cosine similarity). */
  async search(collectionId: string, query: string, params: SearchParams = {}, options?: RequestOptions): Promise<SearchResult[]> {
    const body: Record<string, unknown> = { query };
    if (params.maxResults !== undefined) {
      body.max_num_results = params.maxResults;
    }
    if (params.filters !== undefined) {
      body.filters = params.filters;
    }
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.searchCollection, pathParams: { id: collectionId }, body, options });
    return asList<SearchResult>(MODELS.SearchResult, data);
  }
}
