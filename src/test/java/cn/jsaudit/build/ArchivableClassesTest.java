package cn.jsaudit.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build step that makes picocli's and MVEL's Java 5 class files archivable (src/build/ArchivableClasses.java,
 * run by Maven on the assembled jar): it rewrites old class files of the named packages as Java 8 with frames the
 * verifier accepts, and leaves everything else as it was.
 */
class ArchivableClassesTest {

    @Test
    void rewritesOldClassFilesOfTheNamedPackagesOnly(@TempDir Path dir) throws Exception {
        Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.copy(picocli, dir.resolve("t.jar"));
        String range = "picocli/CommandLine$Range.class";   // Java 5, with branches: frames needed
        String module = "META-INF/versions/9/module-info.class";
        byte[] moduleBefore;
        try (JarFile before = new JarFile(jar.toFile())) {
            assertTrue(major(bytes(before, range)) < 50, "the test needs a Java 5 class file");
            moduleBefore = bytes(before, module);
        }

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED",
                "src/build/ArchivableClasses.java", jar.toString(), "picocli/").inheritIO().start();
        assertEquals(0, p.waitFor());

        try (JarFile after = new JarFile(jar.toFile())) {
            assertEquals(52, major(bytes(after, range)));
            assertArrayEquals(moduleBefore, bytes(after, module)); // not in the package named
        }
        // verified by the JVM's type-checking verifier, and works as before
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> rewritten = Class.forName("picocli.CommandLine$Range", true, loader);
            assertEquals(String.valueOf(CommandLine.Range.valueOf("1..*")),
                    String.valueOf(rewritten.getMethod("valueOf", String.class).invoke(null, "1..*")));
        }
    }

    private static byte[] bytes(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }
}
