package dev.closeout.ui.wizard.settings;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The account's settings as the exchange shows them, the language, and "Close account" at the bottom. */
public final class SettingsView {

    public static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};

    private final VBox root;

    public SettingsView(SettingsViewModel vm, Messages messages, Locale language, Consumer<Locale> onLanguage, Runnable onClose) {
        this(vm, messages, language, onLanguage, onClose, null);
    }

    /** {@code connect}, when not null, is "Connect a Binance account", shown below the account's settings. */
    public SettingsView(SettingsViewModel vm, Messages messages, Locale language, Consumer<Locale> onLanguage, Runnable onClose,
            Node connect) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("facts");
        grid.setHgap(24);
        grid.setVgap(10);
        row(grid, 0, messages.get("ui.settings.exchange"), vm.exchangeProperty());
        row(grid, 1, messages.get("ui.settings.email"), vm.emailProperty());
        row(grid, 2, messages.get("ui.settings.phone"), vm.phoneProperty());
        row(grid, 3, messages.get("ui.settings.status"), vm.statusProperty());
        row(grid, 4, messages.get("ui.settings.kyc"), vm.kycProperty());
        row(grid, 5, messages.get("ui.settings.vip"), vm.vipProperty());
        row(grid, 6, messages.get("ui.settings.referral"), vm.referralProperty());
        row(grid, 7, messages.get("ui.settings.security"), vm.securityProperty());

        ComboBox<Locale> languages = new ComboBox<>();
        languages.setId("language");
        languages.getItems().setAll(LANGUAGES);
        languages.setValue(language);
        languages.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : locale.getDisplayName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        languages.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(old)) {
                onLanguage.accept(chosen);
            }
        });
        Label languageLabel = new Label(messages.get("ui.settings.language"));
        languageLabel.setLabelFor(languages);
        grid.add(languageLabel, 0, 8);
        grid.add(languages, 1, 8);

        Label error = Ui.text("");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());

        Button close = new Button(messages.get("ui.settings.closeAccount"), Ui.icon(Feather.LOG_OUT));
        close.setId("start-closure");
        close.getStyleClass().add(Styles.DANGER);
        close.setMnemonicParsing(true);
        close.disableProperty().bind(vm.validProperty().not());
        close.setOnAction(e -> onClose.run());

        root = Ui.page(Ui.title(messages.get("ui.settings.title")), Ui.muted(messages.get("ui.settings.intro")), grid, error,
                Ui.heading(messages.get("ui.settings.closeHeading")), Ui.muted(messages.get("ui.settings.closeIntro")), close);
        if (connect != null) {
            root.getChildren().add(root.getChildren().indexOf(error) + 1, connect);
        }
        root.setId("step-settings");
    }

    private static void row(GridPane grid, int row, String label, ObservableValue<String> value) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        Label shown = new Label();
        shown.textProperty().bind(value);
        grid.add(name, 0, row);
        grid.add(shown, 1, row);
    }

    public Node node() {
        return root;
    }
}
