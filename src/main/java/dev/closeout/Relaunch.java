package dev.closeout;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * {@code java -jar closeout.jar} starts the app again, once, in the same process, with the JVM
 * options the installed app's launcher gives it (jpackage.cfg) and which a jar cannot carry: the
 * optimising compiler kept off start-up code, and a class-data archive of a real start, so the
 * classes the first page needs are mapped instead of loaded one by one (README, Performance).
 * <p>
 * The archive is made once per jar and JDK, from the classes a start loaded: the first start
 * records them ({@code -XX:DumpLoadedClassList}), and once it has ended a background process,
 * at low priority, makes the archive from that list ({@code -Xshare:dump}), into the data
 * folder's {@code start/}. A start whose archive is missing or does not fit (another jar,
 * another JDK) runs without it, only slower.
 * <p>
 * The process stays one: {@code execv} replaces it, so its id, its console, its exit code and
 * anything it is sent stay the person's. Nothing is started again where that cannot be done the
 * same way (Windows), where the person set JVM options that would act twice or name an archive
 * (an agent, a debugger, JMX, {@code JDK_JAVA_OPTIONS}), on the module path, or with
 * {@code CLOSEOUT_ONE_PROCESS} set.
 */
final class Relaunch {

    /** jpackage.cfg's compiler options, the same ones (RelaunchTest holds the two together). */
    static final List<String> COMPILER = List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=20000",
            "-XX:Tier4CompileThreshold=50000", "-XX:Tier4BackEdgeThreshold=400000");
    /** Set on the start that was started again, so it never starts again itself. */
    static final String STARTED_AGAIN = "closeout.startedAgain";
    static final String ONE_PROCESS = "CLOSEOUT_ONE_PROCESS";
    /**
     * Options that would act twice (an agent, a debugger or JMX listening on a port the first JVM already
     * holds, which execv keeps open) or that name an archive of their own.
     */
    private static final List<String> PERSONS_OWN = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug",
            "-Dcom.sun.management", "-Xshare", "-XX:SharedArchiveFile", "-XX:DumpLoadedClassList", "-XX:ArchiveClassesAtExit",
            "-XX:SharedClassListFile");
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", ONE_PROCESS);

    /**
     * Waits for the start that recorded the list to end, then makes the archive from it at low
     * priority, with the person's JVM options (an archive must be made as it is used), under a name
     * of its own until it is whole. Ctrl+C and a closed terminal, which end the app, leave it going.
     * Arguments: pid, list, archive, java, jar, then the person's JVM options.
     */
    static final String MAKE_ARCHIVE = """
            pid=$1 list=$2 archive=$3 java=$4 jar=$5
            shift 5
            trap '' INT HUP
            while kill -0 "$pid" 2>/dev/null; do sleep 1; done
            [ -s "$list" ] || exit 0
            part="$archive.$$.part"
            if nice -n 10 "$java" "$@" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$part" -cp "$jar" >/dev/null 2>&1
            then mv -f "$part" "$archive"; else rm -f "$part"; fi
            rm -f "$list"
            """;

    private Relaunch() {
    }

    /** What this process is and has: the facts the choice is made on. */
    record Process(String os, Path javaHome, String vmVersion, String classPath, List<String> jvmArguments, Map<String, String> environment,
            boolean startedAgain, long pid) {

        static Process current() {
            return new Process(System.getProperty("os.name", ""), Path.of(System.getProperty("java.home")),
                    System.getProperty("java.vm.version", ""), System.getProperty("java.class.path", ""),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv(), Boolean.getBoolean(STARTED_AGAIN),
                    ProcessHandle.current().pid());
        }
    }

    /** The command this process becomes, and the one that makes its archive afterwards when there is none yet. */
    record Plan(List<String> command, Optional<List<String>> makeArchive) {
    }

    /**
     * How the app with {@code appArguments} and its files in {@code startFolder} starts again, or
     * empty where it goes on in this process.
     */
    static Optional<Plan> plan(Process process, Path startFolder, List<String> appArguments) {
        String os = process.os().toLowerCase(Locale.ROOT);
        boolean posix = os.contains("linux") || os.contains("mac");
        Path java = process.javaHome().resolve("bin").resolve("java");
        if (!posix || process.startedAgain() || process.classPath().isEmpty() || process.classPath().contains(File.pathSeparator)
                || !process.classPath().endsWith(".jar") || OPTION_VARIABLES.stream().anyMatch(process.environment()::containsKey)
                || process.jvmArguments().stream().anyMatch(a -> PERSONS_OWN.stream().anyMatch(a::startsWith)) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        Path jar = Path.of(process.classPath()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-D" + STARTED_AGAIN + "=true"));
        command.addAll(COMPILER);
        Optional<List<String>> makeArchive = Optional.empty();
        Optional<String> key = key(process, jar);
        // The JVM reads a colon in an archive's path as two archives.
        if (key.isPresent() && !startFolder.toString().contains(":") && prepare(startFolder, key.get())) {
            Path archive = startFolder.resolve("classes-" + key.get() + ".jsa");
            if (Files.isRegularFile(archive)) {
                // -Xlog: an archive that does not fit is set aside by the JVM with a warning on standard output.
                command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            } else {
                Path list = startFolder.resolve("classes-" + key.get() + "." + process.pid() + ".list");
                command.add("-XX:DumpLoadedClassList=" + list);
                List<String> maker = new ArrayList<>(List.of("/bin/sh", "-c", MAKE_ARCHIVE, "closeout-start-archive",
                        Long.toString(process.pid()), list.toString(), archive.toString(), java.toString(), jar.toString()));
                maker.addAll(process.jvmArguments());
                makeArchive = Optional.of(maker);
            }
        }
        command.addAll(process.jvmArguments());
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        command.addAll(appArguments);
        return Optional.of(new Plan(command, makeArchive));
    }

    /**
     * Starts again as planned, if it can: returns only where it could not, and then this process goes
     * on as it was.
     */
    static void startAgain(Plan plan) {
        try {
            if (plan.makeArchive().isPresent()) {
                // Its output is nobody's: it must not hold the console, or a pipe that reads the app, open after the app has ended.
                new ProcessBuilder(plan.makeArchive().get()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            }
            String[] argv = plan.command().toArray(new String[plan.command().size() + 1]);
            System.out.flush();
            System.err.flush();
            Native.load("c", C.class).execv(argv[0], argv);
        } catch (IOException | RuntimeException | LinkageError e) {
            // Only slower: the app starts in this process, as it would have without the jar's options.
        }
    }

    /**
     * The archive's name for this JDK and these jars: an archive made from other jars or by another
     * JDK would not fit. Empty when the jars cannot be read.
     */
    private static Optional<String> key(Process process, Path jar) {
        CRC32 crc = new CRC32();
        try {
            List<Path> jars = new ArrayList<>(List.of(jar));
            Path lib = jar.resolveSibling("lib");
            if (Files.isDirectory(lib)) {
                try (DirectoryStream<Path> inLib = Files.newDirectoryStream(lib, "*.jar")) {
                    inLib.forEach(jars::add);
                }
            }
            jars.subList(1, jars.size()).sort(null);
            // The person's options too: an archive made without them may not fit a JVM started with them (another collector).
            StringBuilder facts = new StringBuilder(process.javaHome() + "\n" + process.vmVersion() + "\n" + process.jvmArguments());
            for (Path each : jars) {
                facts.append('\n').append(each).append(' ').append(Files.size(each)).append(' ').append(Files.getLastModifiedTime(each).toMillis());
            }
            crc.update(facts.toString().getBytes(StandardCharsets.UTF_8));
            return Optional.of(String.format("%08x", crc.getValue()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes the folder, and clears it of other jars' and JDKs' archives and of lists no start is
     * recording any more (one whose archive was never made); false where it cannot be written.
     */
    private static boolean prepare(Path startFolder, String key) {
        try {
            Files.createDirectories(startFolder);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(startFolder, "classes-*")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith("classes-" + key + ".") || name.endsWith(".list") && !recording(name)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            return Files.isWritable(startFolder);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the start that named the list {@code classes-KEY.PID.list} is still running. */
    private static boolean recording(String list) {
        String[] parts = list.split("\\.");
        try {
            return parts.length == 3 && ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The C library's {@code execv}: this process becomes the program named, with these arguments. */
    interface C extends Library {
        int execv(String path, String[] argv);
    }
}
