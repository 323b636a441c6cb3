package dev.aegis.pack.llmguard.onnx.testmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an ONNX {@code ModelProto} (IR version 7, default opset 13) field by field, from the field
 * numbers of {@code onnx/onnx.proto}: named initializers, nodes with int attributes, and int64/float
 * tensor inputs and outputs with symbolic or fixed dimensions.
 */
final class OnnxGraph {

    static final int FLOAT = 1;
    static final int INT64 = 7;

    // ModelProto
    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_PRODUCER_NAME = 2;
    private static final int MODEL_DOC_STRING = 6;
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_OPSET_IMPORT = 8;
    // OperatorSetIdProto
    private static final int OPSET_VERSION = 2;
    // GraphProto
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_NAME = 2;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    // NodeProto
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    // AttributeProto
    private static final int ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_I = 3;
    private static final int ATTRIBUTE_TYPE = 20;
    private static final int ATTRIBUTE_TYPE_INT = 2;
    // TensorProto
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    // ValueInfoProto, TypeProto, TypeProto.Tensor, TensorShapeProto, Dimension
    private static final int VALUE_NAME = 1;
    private static final int VALUE_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_TYPE_ELEM_TYPE = 1;
    private static final int TENSOR_TYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1;
    private static final int DIM_PARAM = 2;

    private final List<Protobuf> nodes = new ArrayList<>();
    private final List<Protobuf> initializers = new ArrayList<>();
    private final List<Protobuf> inputs = new ArrayList<>();
    private final List<Protobuf> outputs = new ArrayList<>();

    OnnxGraph floats(String name, float[] values, long... dims) {
        initializers.add(tensor(name, FLOAT, dims).bytes(TENSOR_RAW_DATA, Protobuf.littleEndian(values)));
        return this;
    }

    OnnxGraph longs(String name, long[] values, long... dims) {
        initializers.add(tensor(name, INT64, dims).bytes(TENSOR_RAW_DATA, Protobuf.littleEndian(values)));
        return this;
    }

    /** A node; {@code attributes} are name, value pairs of int attributes. */
    OnnxGraph node(String opType, List<String> in, String out, Object... attributes) {
        Protobuf node = new Protobuf();
        in.forEach(name -> node.string(NODE_INPUT, name));
        node.string(NODE_OUTPUT, out).string(NODE_NAME, out).string(NODE_OP_TYPE, opType);
        for (int i = 0; i < attributes.length; i += 2) {
            node.message(NODE_ATTRIBUTE, new Protobuf().string(ATTRIBUTE_NAME, (String) attributes[i])
                    .varint(ATTRIBUTE_I, ((Number) attributes[i + 1]).longValue()).varint(ATTRIBUTE_TYPE, ATTRIBUTE_TYPE_INT));
        }
        nodes.add(node);
        return this;
    }

    /** A graph input; each dimension is a fixed size (a {@link Long}) or a symbolic name (a {@link String}). */
    OnnxGraph input(String name, int elementType, Object... dims) {
        inputs.add(valueInfo(name, elementType, dims));
        return this;
    }

    OnnxGraph output(String name, int elementType, Object... dims) {
        outputs.add(valueInfo(name, elementType, dims));
        return this;
    }

    byte[] model(String graphName, String producer, String documentation) {
        Protobuf graph = new Protobuf();
        nodes.forEach(node -> graph.message(GRAPH_NODE, node));
        graph.string(GRAPH_NAME, graphName);
        initializers.forEach(tensor -> graph.message(GRAPH_INITIALIZER, tensor));
        inputs.forEach(value -> graph.message(GRAPH_INPUT, value));
        outputs.forEach(value -> graph.message(GRAPH_OUTPUT, value));
        return new Protobuf()
                .varint(MODEL_IR_VERSION, 7)
                .string(MODEL_PRODUCER_NAME, producer)
                .string(MODEL_DOC_STRING, documentation)
                .message(MODEL_GRAPH, graph)
                .message(MODEL_OPSET_IMPORT, new Protobuf().varint(OPSET_VERSION, 13))
                .toByteArray();
    }

    private static Protobuf tensor(String name, int dataType, long... dims) {
        return new Protobuf().packedVarints(TENSOR_DIMS, dims).varint(TENSOR_DATA_TYPE, dataType).string(TENSOR_NAME, name);
    }

    private static Protobuf valueInfo(String name, int elementType, Object... dims) {
        Protobuf shape = new Protobuf();
        for (Object dim : dims) {
            shape.message(SHAPE_DIM, dim instanceof String symbol ? new Protobuf().string(DIM_PARAM, symbol)
                    : new Protobuf().varint(DIM_VALUE, ((Number) dim).longValue()));
        }
        Protobuf tensorType = new Protobuf().varint(TENSOR_TYPE_ELEM_TYPE, elementType).message(TENSOR_TYPE_SHAPE, shape);
        return new Protobuf().string(VALUE_NAME, name).message(VALUE_TYPE, new Protobuf().message(TYPE_TENSOR, tensorType));
    }
}
