package dev.closeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar closeout.jar} starts again with the installed app's JVM options, and only where that changes nothing else. */
class RelaunchTest {

    @TempDir
    Path dir;
    private Path jdk;
    private Path jar;
    private Path start;

    @BeforeEach
    void aJdkAndTheJarWithItsLibraries() throws IOException {
        jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("bin"));
        Files.createFile(jdk.resolve("bin/java"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.createDirectories(dir.resolve("app/lib"));
        jar = Files.writeString(dir.resolve("app/closeout.jar"), "the app");
        Files.writeString(dir.resolve("app/lib/javafx-controls.jar"), "a library");
        start = dir.resolve("data/start");
    }

    private Relaunch.Process process(String classPath, List<String> jvmArguments, Map<String, String> environment, boolean startedAgain) {
        return new Relaunch.Process("Linux", jdk, "17.0.15+6", classPath, jvmArguments, environment, startedAgain, 4242);
    }

    private Optional<Relaunch.Plan> plan(Relaunch.Process process) {
        return Relaunch.plan(process, start, List.of("--data-dir=/home/ana/closeout"));
    }

    @Test
    void the_first_start_of_a_jar_records_the_classes_it_loads_and_leaves_the_archive_to_be_made_once_it_has_ended() {
        Relaunch.Plan plan = plan(process(jar.toString(), List.of("-Dprism.order=sw"), Map.of(), false)).orElseThrow();

        List<String> command = plan.command();
        assertEquals(jdk.resolve("bin/java").toString(), command.get(0));
        assertTrue(command.containsAll(Relaunch.COMPILER));
        String list = command.stream().filter(a -> a.startsWith("-XX:DumpLoadedClassList=")).findFirst().orElseThrow()
                .substring("-XX:DumpLoadedClassList=".length());
        assertTrue(list.startsWith(start.resolve("classes-").toString()) && list.endsWith(".4242.list"), list);
        assertEquals(List.of("-Dprism.order=sw", "-cp", jar.toString(), "dev.closeout.Main", "--data-dir=/home/ana/closeout"),
                command.subList(command.size() - 5, command.size()), "the person's own options and arguments, after the jar's");
        List<String> maker = plan.makeArchive().orElseThrow();
        assertEquals(List.of("4242", list), maker.subList(4, 6), "it waits for this process, then reads its list");
        assertEquals("-Dprism.order=sw", maker.get(maker.size() - 1), "the archive is made with the options it is used with");
        assertTrue(Files.isDirectory(start));
    }

    @Test
    void a_start_after_the_archive_was_made_maps_it_and_records_nothing() throws IOException {
        String first = plan(process(jar.toString(), List.of(), Map.of(), false)).orElseThrow().makeArchive().orElseThrow().get(6);
        Files.writeString(Path.of(first), "an archive");

        Relaunch.Plan plan = plan(process(jar.toString(), List.of(), Map.of(), false)).orElseThrow();

        assertTrue(plan.command().contains("-XX:SharedArchiveFile=" + first), plan.command().toString());
        assertTrue(plan.command().contains("-Xshare:auto"), "an archive that does not fit is only not used");
        assertTrue(plan.command().stream().noneMatch(a -> a.startsWith("-XX:DumpLoadedClassList")));
        assertEquals(Optional.empty(), plan.makeArchive());
    }

    @Test
    void a_rebuilt_jar_gets_an_archive_of_its_own_and_the_old_one_is_cleared_away() throws IOException {
        String old = plan(process(jar.toString(), List.of(), Map.of(), false)).orElseThrow().makeArchive().orElseThrow().get(6);
        Files.writeString(Path.of(old), "an archive of the old jar");
        Files.writeString(jar, "the app, rebuilt with more in it");

        String next = plan(process(jar.toString(), List.of(), Map.of(), false)).orElseThrow().makeArchive().orElseThrow().get(6);

        assertFalse(next.equals(old));
        assertFalse(Files.exists(Path.of(old)));
    }

    @Test
    void another_jdk_gets_an_archive_of_its_own() {
        String here = plan(process(jar.toString(), List.of(), Map.of(), false)).orElseThrow().makeArchive().orElseThrow().get(6);
        Relaunch.Process newer = new Relaunch.Process("Linux", jdk, "17.0.16+8", jar.toString(), List.of(), Map.of(), false, 4242);

        String there = Relaunch.plan(newer, start, List.of()).orElseThrow().makeArchive().orElseThrow().get(6);

        assertFalse(here.equals(there));
    }

    @Test
    void where_the_data_folder_cannot_be_written_the_start_goes_on_with_the_compiler_options_alone() throws IOException {
        Files.writeString(dir.resolve("data"), "a file where the folder would be");

        Relaunch.Plan plan = plan(process(jar.toString(), List.of(), Map.of(), false)).orElseThrow();

        assertTrue(plan.command().containsAll(Relaunch.COMPILER));
        assertTrue(plan.command().stream().noneMatch(a -> a.contains("SharedArchiveFile") || a.contains("DumpLoadedClassList")));
        assertEquals(Optional.empty(), plan.makeArchive());
    }

    @Test
    void a_data_folder_with_a_colon_in_its_path_gets_the_compiler_options_alone_the_jvm_would_read_two_archives_in_it() {
        Relaunch.Plan plan = Relaunch.plan(process(jar.toString(), List.of(), Map.of(), false), dir.resolve("a:b/start"), List.of()).orElseThrow();

        assertTrue(plan.command().containsAll(Relaunch.COMPILER));
        assertTrue(plan.command().stream().noneMatch(a -> a.contains("SharedArchiveFile") || a.contains("DumpLoadedClassList")));
    }

    @Test
    void different_options_of_the_persons_get_an_archive_of_their_own() {
        String plain = plan(process(jar.toString(), List.of(), Map.of(), false)).orElseThrow().makeArchive().orElseThrow().get(6);
        String zgc = plan(process(jar.toString(), List.of("-XX:+UseZGC"), Map.of(), false)).orElseThrow().makeArchive().orElseThrow().get(6);

        assertFalse(plain.equals(zgc));
    }

    @Test
    void nothing_starts_again_where_it_would_change_more_than_the_jvm_options() {
        assertEquals(Optional.empty(), plan(process(jar.toString(), List.of(), Map.of(), true)), "started again already");
        assertEquals(Optional.empty(), plan(process("", List.of(), Map.of(), false)), "the module path");
        assertEquals(Optional.empty(), plan(process(jar + ":" + dir.resolve("app/lib/javafx-controls.jar"), List.of(), Map.of(), false)),
                "a class path of its own: the installed app's launcher, which gives the options itself");
        assertEquals(Optional.empty(), plan(process(jar.toString(), List.of("-javaagent:profiler.jar"), Map.of(), false)));
        assertEquals(Optional.empty(), plan(process(jar.toString(), List.of("-Xrunjdwp:transport=dt_socket,server=y"), Map.of(), false)),
                "a debugger's port, which the first JVM holds and execv keeps open");
        assertEquals(Optional.empty(), plan(process(jar.toString(), List.of("-Dcom.sun.management.jmxremote.port=9010"), Map.of(), false)));
        assertEquals(Optional.empty(), plan(process(jar.toString(), List.of("-XX:SharedArchiveFile=mine.jsa"), Map.of(), false)));
        assertEquals(Optional.empty(), plan(process(jar.toString(), List.of(), Map.of("JDK_JAVA_OPTIONS", "-Xmx2g"), false)),
                "the launcher would give them twice");
        assertEquals(Optional.empty(), plan(process(jar.toString(), List.of(), Map.of(Relaunch.ONE_PROCESS, "1"), false)));
        Relaunch.Process windows = new Relaunch.Process("Windows 11", jdk, "17.0.15+6", jar.toString(), List.of(), Map.of(), false, 4242);
        assertEquals(Optional.empty(), Relaunch.plan(windows, start, List.of()), "no execv: a second process would not be the same one");
    }

    @Test
    void the_jar_starts_again_with_the_compiler_options_the_installed_app_is_given() throws IOException {
        List<String> installed;
        try (Stream<String> lines = Files.lines(Path.of("jpackage.cfg"))) {
            installed = lines.filter(l -> l.startsWith("--java-options -XX:Tier4")).map(l -> l.substring("--java-options ".length()))
                    .collect(Collectors.toList());
        }
        assertEquals(installed, Relaunch.COMPILER);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void the_archive_is_made_from_the_list_once_the_start_has_ended_under_a_name_of_its_own_until_it_is_whole() throws Exception {
        Path fakeJava = dir.resolve("java");
        Path asked = dir.resolve("asked");
        // Notes what it was asked and, asked to dump a list that is there, writes the archive where -XX:SharedArchiveFile= says.
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$@\" > " + asked + "\nlist=; out=\n"
                + "for a; do case $a in -XX:SharedClassListFile=*) list=${a#*=};; -XX:SharedArchiveFile=*) out=${a#*=};; esac; done\n"
                + "[ -s \"$list\" ] && echo archive > \"$out\"\n");
        fakeJava.toFile().setExecutable(true);
        Path list = Files.writeString(dir.resolve("classes.list"), "java/lang/Object id: 0\n");
        Path archive = dir.resolve("classes.jsa");
        java.lang.Process start = new ProcessBuilder("sleep", "2").start();

        java.lang.Process maker = new ProcessBuilder("/bin/sh", "-c", Relaunch.MAKE_ARCHIVE, "test", Long.toString(start.pid()),
                list.toString(), archive.toString(), fakeJava.toString(), jar.toString(), "-Xmx2g").start();
        Thread.sleep(500);
        assertFalse(Files.exists(archive), "not while the start that recorded the list is running");

        assertTrue(maker.waitFor(20, TimeUnit.SECONDS));
        assertFalse(start.isAlive());
        assertEquals("archive\n", Files.readString(archive));
        String options = Files.readString(asked);
        assertTrue(options.startsWith("-Xmx2g -Xshare:dump -XX:SharedClassListFile=" + list), options);
        assertFalse(Files.exists(list), "the list is gone once read");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).collect(Collectors.toList()));
        }
    }
}
