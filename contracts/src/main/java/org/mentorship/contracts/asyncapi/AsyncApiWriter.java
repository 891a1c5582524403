package org.mentorship.contracts.asyncapi;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mentorship.contracts.DataSchemaUrls;
import org.mentorship.contracts.EventJson;

/**
 * Writes the AsyncAPI document at build time ({@code contracts/target/asyncapi/asyncapi.json} and {@code .yaml}),
 * so it can be checked and published without a running system. It names the default public URL; the gateway
 * serves the same document with its configured one.
 */
public final class AsyncApiWriter {

    /** @param args the output directory and the document's version (the project version) */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: AsyncApiWriter <output directory> <version>");
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        ObjectNode document =
                AsyncApiDocument.of(AsyncApiDocument.localSettings(args[1], DataSchemaUrls.DEFAULT_PUBLIC_URL));
        Files.writeString(dir.resolve("asyncapi.json"), json(document));
        Files.writeString(dir.resolve("asyncapi.yaml"), yaml(document));
    }

    public static String json(ObjectNode document) throws IOException {
        return EventJson.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    }

    public static String yaml(ObjectNode document) throws IOException {
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
        return yaml.writeValueAsString(document);
    }

    private AsyncApiWriter() {}
}
