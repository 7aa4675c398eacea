package cn.jsaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The profile a timed `check --profile FILE` wrote: where its time and heap went. */
record Profile(JsonNode root) {

    static Profile read(Path file) throws IOException {
        return Files.isRegularFile(file) ? new Profile(new ObjectMapper().readTree(file.toFile())) : null;
    }

    long step(String name) {
        return root.path("steps").path(name).asLong(-1);
    }

    /** A screening stage summed over the worker threads, in milliseconds per submission. */
    double stagePerSubmission(String name) {
        return root.path("stages").path(name).asDouble() / Math.max(1, root.path("submissions").asInt());
    }

    long heap(String name) {
        return root.path("heap").path(name).asLong();
    }
}
