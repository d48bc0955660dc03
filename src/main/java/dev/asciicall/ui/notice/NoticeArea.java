package dev.asciicall.ui.notice;

import dev.asciicall.common.Subscription;
import dev.asciicall.ui.common.UiThread;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The notices, drawn inside the window over the top right of the pictures: cards of a bounded width
 * whose text wraps, newest on top, each with its severity's icon and a close button; they go away
 * by themselves after {@link NoticesViewModel#lifetime}. Colours come from the theme's stylesheet
 * (classes {@code notice}, {@code notice-info|warning|error}, {@code notice-text}). Clicks between
 * and around the cards reach the pictures underneath. FX thread only.
 */
public final class NoticeArea extends VBox {

  /** Wider than this, a notice is hard to read at a glance: it wraps instead. */
  public static final double MAX_WIDTH = 420;

  /** Narrower than this, a card would be a column of single words. */
  static final double MIN_WIDTH = 160;

  /** Room kept free between the cards and the edges of the area they float over. */
  public static final double MARGIN = 12;

  private final NoticesViewModel model;
  private final Map<Notice, Subscription> timers = new IdentityHashMap<>();
  // As wide as a card may be: MAX_WIDTH, or less when the area it floats over is narrower.
  private final DoubleProperty cardWidth = new SimpleDoubleProperty(MAX_WIDTH);

  public NoticeArea(NoticesViewModel model) {
    super(8);
    this.model = model;
    setId("notices");
    getStyleClass().add("notice-area");
    setPickOnBounds(false);
    setAlignment(Pos.TOP_RIGHT);
    setFillWidth(false);
    setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    StackPane.setAlignment(this, Pos.TOP_RIGHT);
    StackPane.setMargin(this, new Insets(MARGIN));
    parentProperty().addListener((observable, old, parent) -> fitInto(parent));
    model.onShown(this::startTimer);
    model.showing().addListener((ListChangeListener<Notice>) change -> rebuild());
    rebuild();
  }

  private void fitInto(Parent parent) {
    cardWidth.unbind();
    if (parent instanceof Region area) {
      cardWidth.bind(
          Bindings.createDoubleBinding(
              () -> Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, area.getWidth() - 2 * MARGIN)),
              area.widthProperty()));
    }
  }

  private void startTimer(Notice notice) {
    timers.put(
        notice, UiThread.after(NoticesViewModel.lifetime(notice), () -> model.dismiss(notice)));
  }

  private void rebuild() {
    List<Notice> showing = model.showing();
    timers.keySet().removeIf(notice -> !showingNow(notice, showing) && cancel(notice));
    getChildren().setAll(showing.stream().map(this::card).toList());
  }

  private static boolean showingNow(Notice notice, List<Notice> showing) {
    return showing.stream().anyMatch(shown -> shown == notice);
  }

  private boolean cancel(Notice notice) {
    timers.get(notice).close();
    return true;
  }

  private HBox card(Notice notice) {
    String severity = notice.severity().name().toLowerCase(Locale.ROOT);
    Label text = new Label(notice.text());
    text.getStyleClass().add("notice-text");
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button close = new Button("×");
    close.getStyleClass().add("notice-close");
    close.setTooltip(new Tooltip("Dismiss"));
    close.setOnAction(event -> model.dismiss(notice));
    close.setMinWidth(Region.USE_PREF_SIZE);
    HBox card = new HBox(8, icon(notice.severity()), text, close);
    card.getStyleClass().addAll("notice", "notice-" + severity);
    card.setAlignment(Pos.TOP_LEFT);
    card.setMinHeight(Region.USE_PREF_SIZE);
    // Never wider than the area it floats over allows, nor than MAX_WIDTH: the text wraps.
    card.maxWidthProperty().bind(cardWidth);
    return card;
  }

  /** A round badge: "i" for news, "!" for a warning, "×" for an error. */
  private static StackPane icon(Notice.Severity severity) {
    Circle badge = new Circle(10);
    badge.getStyleClass().add("notice-badge");
    Label mark =
        new Label(
            switch (severity) {
              case INFO -> "i";
              case WARNING -> "!";
              case ERROR -> "×";
            });
    mark.getStyleClass().add("notice-mark");
    StackPane icon = new StackPane(badge, mark);
    icon.getStyleClass().add("notice-icon");
    icon.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    return icon;
  }
}
