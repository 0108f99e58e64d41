package dev.closeout.ui.settings;

import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The app's own settings, reached from the header: the language, light or dark, and which
 * exchange account Closeout looks at (the demo, or a Binance account connected with an API key).
 */
public final class AppSettingsView {

    /** The languages Closeout speaks, each named in itself. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final ScrollPane root;
    /** Held here, as the theme holds it weakly. */
    private final ChangeListener<Boolean> themeShown;

    /** {@code connect}, when not null, is "Connect a Binance account" with the way back to the demo. */
    public AppSettingsView(Messages messages, Locale language, Consumer<Locale> onLanguage, BooleanProperty dark, Node connect) {
        ComboBox<Locale> languages = new ComboBox<>();
        languages.setId("language");
        languages.getItems().setAll(LANGUAGES);
        languages.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(language.getLanguage())).findFirst().orElse(Locale.ENGLISH));
        // Each language is named in itself, in its own script's font: "简体中文" reads as such in an English window too.
        languages.setCellFactory(list -> new NamedInItself(messages));
        languages.setButtonCell(new NamedInItself(messages));
        languages.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(old)) {
                onLanguage.accept(chosen);
            }
        });
        Label languageLabel = Ui.heading(messages.get("ui.settings.language"));
        languageLabel.setLabelFor(languages);

        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton(messages.get("ui.theme.light"));
        light.setId("theme-light");
        RadioButton darkChoice = new RadioButton(messages.get("ui.theme.dark"));
        darkChoice.setId("theme-dark");
        light.setToggleGroup(themes);
        darkChoice.setToggleGroup(themes);
        (dark.get() ? darkChoice : light).setSelected(true);
        themes.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                dark.set(chosen == darkChoice);
            }
        });
        themeShown = (obs, was, now) -> (now ? darkChoice : light).setSelected(true);
        // Weakly: the theme outlives every window built in another language.
        dark.addListener(new WeakChangeListener<>(themeShown));

        VBox page = Ui.page(Ui.title(messages.get("ui.appSettings.title")), Ui.muted(messages.get("ui.appSettings.intro")),
                languageLabel, languages, Ui.heading(messages.get("ui.theme.heading")), new HBox(16, light, darkChoice));
        if (connect != null) {
            page.getChildren().add(connect);
        }
        page.setId("app-settings");
        root = Ui.scroll(page);
    }

    public Node node() {
        return root;
    }

    /** A language's name, with the style class {@code in-<language>} for its script's font. */
    private static final class NamedInItself extends ListCell<Locale> {

        private final Messages messages;

        NamedInItself(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Locale locale, boolean empty) {
            super.updateItem(locale, empty);
            getStyleClass().removeIf(c -> c.startsWith("in-"));
            setText(empty || locale == null ? "" : messages.get("ui.language." + locale.toLanguageTag()));
            if (!empty && locale != null) {
                getStyleClass().add("in-" + locale.getLanguage());
            }
        }
    }
}
