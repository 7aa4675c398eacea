import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * Build step (run by Maven after the jar is assembled): rewrites the Java 5 class files of the given packages in the
 * jar as Java 8 class files with stack-map frames, so that the launcher's class-data archive can hold them. The JVM
 * leaves a class older than Java 6 out of a dynamic archive, and parses and verifies it again on every run (picocli,
 * which builds the command line, and MVEL's copy of ASM, which Drools uses to load the rules: about 200 classes).
 * The bytecode is unchanged; only the version and the frames the verifier checks are added. Every rewritten class is
 * then loaded and initialised from the new jar, so a frame the verifier refuses fails the build, not a user's run.
 *
 * <p>Usage: {@code java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED ArchivableClasses.java
 * JAR PACKAGE/...}
 */
public final class ArchivableClasses {

    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        List<String> packages = Arrays.asList(args).subList(1, args.length);
        Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        List<String> rewritten = new ArrayList<>();
        try (URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             FileSystem zip = FileSystems.newFileSystem(copy)) {
            for (String p : packages) {
                List<Path> classes;
                try (Stream<Path> files = Files.walk(zip.getPath(p))) {
                    classes = files.filter(f -> f.toString().endsWith(".class")).toList();
                }
                for (Path f : classes) {
                    byte[] bytes = Files.readAllBytes(f);
                    if (major(bytes) < JAVA_6) {
                        Files.write(f, withFrames(bytes, types)); // the other entries are copied as they are
                        String name = f.toString().replaceFirst("^/", "");
                        rewritten.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    }
                }
            }
        }
        try (URLClassLoader check = new URLClassLoader(new URL[] {copy.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String c : rewritten) {
                Class.forName(c, true, check); // verified with the frames added: a VerifyError stops the build
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("ArchivableClasses: " + rewritten.size() + " class files of " + packages + " rewritten as Java 8");
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] withFrames(byte[] classFile, ClassLoader types) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                try {
                    Class<?> x = Class.forName(a.replace('/', '.'), false, types);
                    Class<?> y = Class.forName(b.replace('/', '.'), false, types);
                    if (x.isAssignableFrom(y)) {
                        return a;
                    }
                    if (y.isAssignableFrom(x)) {
                        return b;
                    }
                    if (x.isInterface() || y.isInterface()) {
                        return "java/lang/Object";
                    }
                    do {
                        x = x.getSuperclass();
                    } while (!x.isAssignableFrom(y));
                    return x.getName().replace('.', '/');
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM8, w) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return w.toByteArray();
    }
}
