package dev.closeout.ui.shell;

import atlantafx.base.theme.Styles;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import dev.closeout.ui.demo.DemoToolsView;
import dev.closeout.ui.shell.MainWindow.Page;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's header: the name (back to the start page), the pages, the exchange, the demo's
 * tools, light or dark (the button shows which it switches to), and the app's settings.
 */
final class Header {

    private static final List<Page> NAVIGATION = List.of(Page.DASHBOARD, Page.ALTERNATIVES, Page.CLOSE);

    private final HBox root;
    private final Map<Page, ToggleButton> toggles = new EnumMap<>(Page.class);
    private final ToggleGroup group = new ToggleGroup();

    Header(Messages messages, String exchangeId, DemoToolsView demoView, BooleanProperty dark, Consumer<Page> show) {
        Button brand = new Button(messages.get("ui.app.name"), Ui.icon(Feather.SHIELD));
        brand.setId("nav-start");
        brand.getStyleClass().addAll(Styles.TITLE_3, Styles.FLAT, "brand");
        brand.setTooltip(new Tooltip(messages.get("ui.nav.start")));
        brand.setAccessibleText(messages.get("ui.nav.start"));
        brand.setOnAction(e -> show.accept(Page.START));
        HBox navigation = new HBox(4);
        for (Page page : NAVIGATION) {
            ToggleButton button = toggle(page, messages.get("ui.nav." + key(page)), show);
            navigation.getChildren().add(button);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label exchange = new Label(messages.get("exchange." + exchangeId));
        exchange.getStyleClass().addAll(Styles.TEXT_SMALL, demoView != null ? "demo-badge" : "exchange-badge");
        exchange.setTooltip(new Tooltip(messages.get(demoView != null ? "ui.demo.banner" : "ui.header.exchange")));

        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(dark.get() ? Feather.SUN : Feather.MOON), dark));
        Tooltip themeTip = new Tooltip();
        themeTip.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(dark.get() ? "ui.theme.toLight" : "ui.theme.toDark"), dark));
        theme.setTooltip(themeTip);
        theme.accessibleTextProperty().bind(themeTip.textProperty());
        theme.setOnAction(e -> dark.set(!dark.get()));

        ToggleButton settings = toggle(Page.SETTINGS, null, show);
        settings.setGraphic(Ui.icon(Feather.SETTINGS));
        settings.getStyleClass().add(Styles.BUTTON_ICON);
        settings.setTooltip(new Tooltip(messages.get("ui.nav.settings")));
        settings.setAccessibleText(messages.get("ui.nav.settings"));

        for (Region fixed : List.of(brand, exchange)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        root = new HBox(10, brand, navigation, gap, exchange);
        if (demoView != null) {
            root.getChildren().addAll(demoView.headerTools());
        }
        root.getChildren().addAll(theme, settings);
        root.getStyleClass().add("app-header");
    }

    private ToggleButton toggle(Page page, String text, Consumer<Page> show) {
        ToggleButton button = new ToggleButton(text);
        button.setId("nav-" + key(page));
        button.setToggleGroup(group);
        button.getStyleClass().add(Styles.FLAT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        // A page's button stays pressed while the page is shown: pressing it again shows the page, never nothing.
        button.setOnAction(e -> show.accept(page));
        toggles.put(page, button);
        return button;
    }

    static String key(Page page) {
        return page.name().toLowerCase(Locale.ROOT);
    }

    /** Marks the page shown; the start page has no button of its own but the name. */
    void shown(Page page) {
        ToggleButton button = toggles.get(page);
        if (button == null) {
            group.selectToggle(null);
        } else {
            button.setSelected(true);
        }
    }

    Node node() {
        return root;
    }
}
