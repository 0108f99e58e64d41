package dev.closeout.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person who reads Simplified Chinese gets every text of Closeout in Chinese, and each one still works. */
class ChineseBundleTest {

    private static final Path FOLDER = Path.of("src/main/resources/dev/closeout/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Not a MessageFormat: a java.time pattern, where single quotes are right. */
    private static final String MOMENT = "format.moment";

    private static Properties english;
    private static Properties chinese;

    @BeforeAll
    static void readBothBundles() throws IOException {
        english = read(FOLDER.resolve("messages.properties"));
        chinese = read(FOLDER.resolve("messages_zh_CN.properties"));
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** The argument numbers a pattern uses, those inside a choice's branches included. */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }

    @Test
    void every_english_text_has_a_chinese_translation() {
        Set<String> untranslated = new TreeSet<>(english.stringPropertyNames());
        untranslated.removeAll(chinese.stringPropertyNames());

        assertEquals(Set.of(), untranslated);
    }

    @Test
    void every_chinese_text_translates_an_english_one() {
        Set<String> strays = new TreeSet<>(chinese.stringPropertyNames());
        strays.removeAll(english.stringPropertyNames());

        assertEquals(Set.of(), strays);
    }

    @Test
    void every_chinese_text_fills_in_the_same_values_as_the_english_and_hides_no_text_behind_a_quote() {
        List<String> broken = new ArrayList<>();
        Map<String, String> differing = new TreeMap<>();
        for (String key : chinese.stringPropertyNames()) {
            String pattern = chinese.getProperty(key);
            if (pattern.isBlank()) {
                broken.add(key + ": empty");
            }
            if (key.equals(MOMENT)) {
                continue;
            }
            if (pattern.replace("''", "").contains("'")) {
                broken.add(key + ": a single ' hides text");
            }
            try {
                new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE);
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
            String original = english.getProperty(key);
            if (original != null && !arguments(pattern).equals(arguments(original))) {
                differing.put(key, arguments(pattern) + " instead of " + arguments(original));
            }
        }

        assertEquals(List.of(), broken);
        assertEquals(Map.of(), differing);
    }

    @Test
    void moments_are_written_the_same_way_in_chinese() {
        assertEquals(english.getProperty(MOMENT), chinese.getProperty(MOMENT));
    }

    @Test
    void a_person_reading_chinese_is_told_to_convert_dust_in_chinese() {
        String convertDust = Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("fix.CONVERT_DUST");

        assertNotEquals(english.getProperty("fix.CONVERT_DUST"), convertDust);
        assertFalse(convertDust.isBlank());
    }

    @Test
    void english_chosen_on_a_chinese_system_stays_english() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache();
            assertEquals("Convert to BNB", Messages.forLocale(Locale.ENGLISH).get("fix.CONVERT_DUST"));
        } finally {
            Locale.setDefault(machine);
            ResourceBundle.clearCache();
        }
    }
}
