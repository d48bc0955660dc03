package dev.asciicall.ui.settings;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.ProcessingStage;
import dev.asciicall.ui.appearance.AppearanceViewModel;
import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.controls.DevicePickers;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.preview.GlyphRamp;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The settings sheet at the window's side: the picture I send (palette, detail, contrast,
 * brightness, invert, colour, mirror) over a live preview of exactly what the others see; my
 * microphone and speakers with a level meter, a test sound and the voice processing switches; the
 * window's theme and text size. Every change applies at once. Labels sit above their controls, so
 * nothing is cut short at any text size. FX thread only.
 */
public final class SettingsSheet extends BorderPane {

  /** The sheet's width: room for a 4:3 preview and full words on every control. */
  public static final double WIDTH = 320;

  private final StackPane previewBox = new StackPane();
  private final FeedTile preview;

  public SettingsSheet(
      FeedTile preview,
      PreviewSettingsViewModel picture,
      CallControlsViewModel audio,
      AppearanceViewModel appearance) {
    this.preview = preview;
    setId("settings-sheet");
    getStyleClass().addAll("side-panel", "settings-sheet");
    setPrefWidth(WIDTH);
    setMinWidth(WIDTH);
    setMaxWidth(WIDTH);
    Label title = new Label("Settings");
    title.getStyleClass().add("side-panel-title");
    setTop(title);

    VBox sections = new VBox(10, pictureSection(picture), new Separator(), audioSection(audio));
    sections.getChildren().addAll(new Separator(), appearanceSection(appearance));
    sections.setPadding(new Insets(4, 10, 10, 2));
    ScrollPane scroll = new ScrollPane(sections);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("settings-scroll");
    setCenter(scroll);
    BorderPane.setMargin(scroll, new Insets(6, 0, 0, 0));

    // The preview draws only while the sheet is open: a hidden tile would still take every frame.
    previewBox.setId("settings-preview-box");
    previewBox.setPrefHeight((WIDTH - 24) * 3 / 4);
    previewBox.setMinHeight(Region.USE_PREF_SIZE);
    preview.setId("settings-preview");
    visibleProperty().addListener((observable, old, shown) -> showPreview(shown));
    showPreview(isVisible());
  }

  private void showPreview(boolean shown) {
    if (shown && previewBox.getChildren().isEmpty()) {
      previewBox.getChildren().add(preview);
    } else if (!shown) {
      previewBox.getChildren().clear();
    }
  }

  /** The tile showing what I send, while the sheet is open. */
  public FeedTile preview() {
    return preview;
  }

  private Node pictureSection(PreviewSettingsViewModel picture) {
    ComboBox<GlyphRamp> ramp = new ComboBox<>();
    ramp.setId("palette-choice");
    ramp.getItems().setAll(GlyphRamp.values());
    ramp.valueProperty().bindBidirectional(picture.rampProperty());
    ramp.setMaxWidth(Double.MAX_VALUE);

    Slider columns =
        slider("columns-slider", PreviewSettings.MIN_COLUMNS, PreviewSettings.MAX_COLUMNS, 10);
    columns.setSnapToTicks(true);
    columns.setMajorTickUnit(10);
    columns.setMinorTickCount(0);
    columns.valueProperty().bindBidirectional(picture.columnsProperty());
    Label columnsValue = value("columns-value");
    columnsValue
        .textProperty()
        .bind(Bindings.format(Locale.ROOT, "%d columns", picture.columnsProperty()));

    Slider contrast = slider("contrast-slider", 0.2, 3, 0.1);
    contrast.valueProperty().bindBidirectional(picture.contrastProperty());
    Label contrastValue = value("contrast-value");
    contrastValue
        .textProperty()
        .bind(Bindings.format(Locale.ROOT, "%.2f×", picture.contrastProperty()));
    Slider brightness = slider("brightness-slider", -0.8, 0.8, 0.05);
    brightness.valueProperty().bindBidirectional(picture.brightnessProperty());
    Label brightnessValue = value("brightness-value");
    brightnessValue
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.format(
                        Locale.ROOT, "%+.0f %%", picture.brightnessProperty().get() * 100),
                picture.brightnessProperty()));

    FlowPane toggles =
        new FlowPane(
            12,
            6,
            toggle("invert-toggle", "Invert", picture.invertProperty()),
            toggle("colour-toggle", "Colour", picture.colorProperty()),
            toggle("mirror-toggle", "Mirror", picture.mirrorProperty()));
    Button reset = new Button("Reset picture");
    reset.setId("reset-picture");
    reset.setOnAction(event -> picture.reset());

    Label note = new Label("What you see here is what the others see.");
    note.getStyleClass().add("settings-note");
    note.setWrapText(true);
    return new VBox(
        6,
        heading("Picture"),
        previewBox,
        note,
        labelled("Palette", ramp),
        labelledWithValue("Detail", columnsValue, columns),
        labelledWithValue("Contrast", contrastValue, contrast),
        labelledWithValue("Brightness", brightnessValue, brightness),
        toggles,
        reset);
  }

  private Node audioSection(CallControlsViewModel audio) {
    ComboBox<AudioDevice> microphones = DevicePickers.microphones(audio, "microphone-choice");
    ComboBox<AudioDevice> speakers = DevicePickers.speakers(audio, "speaker-choice");
    microphones.setMaxWidth(Double.MAX_VALUE);
    speakers.setMaxWidth(Double.MAX_VALUE);
    Node meter = DevicePickers.meter(audio, "microphone-level");

    Button test = new Button("Test speakers");
    test.setId("test-speakers");
    test.setTooltip(new Tooltip("Plays a short chime on the chosen speakers"));
    test.setOnAction(event -> audio.testSpeakers());
    Button refresh = new Button("Look again");
    refresh.setId("devices-refresh");
    refresh.setTooltip(new Tooltip("Look for microphones and speakers plugged in since"));
    refresh.setOnAction(event -> audio.refreshDevices());
    FlowPane buttons = new FlowPane(8, 6, test, refresh);
    Label tested = wrapping("speaker-test-result");
    tested.textProperty().bind(audio.speakerTestProperty());
    tested.visibleProperty().bind(audio.speakerTestProperty().isNotEmpty());
    tested.managedProperty().bind(tested.visibleProperty());

    VBox voice = new VBox(4);
    Label voiceTitle = new Label("Voice processing");
    voiceTitle.getStyleClass().add("settings-label");
    voice.getChildren().add(voiceTitle);
    for (ProcessingStage stage : ProcessingStage.values()) {
      String words = stage.description();
      CheckBox box = new CheckBox(Character.toUpperCase(words.charAt(0)) + words.substring(1));
      box.setId("processing-" + stage.word());
      box.setSelected(audio.processingProperty().get().has(stage));
      box.setOnAction(event -> audio.setProcessing(stage, box.isSelected()));
      audio
          .processingProperty()
          .addListener((observable, old, now) -> box.setSelected(now.has(stage)));
      box.setWrapText(true);
      voice.getChildren().add(box);
    }
    Label voiceNote =
        new Label("Turn these off for a headset or a studio microphone that does its own.");
    voiceNote.getStyleClass().add("settings-note");
    voiceNote.setWrapText(true);
    voice.getChildren().add(voiceNote);

    Label status = wrapping("audio-status");
    status.getStyleClass().add("audio-status");
    status.textProperty().bind(audio.audioStatus());
    status.visibleProperty().bind(audio.audioStatus().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    return new VBox(
        6,
        heading("Audio"),
        status,
        labelled("Microphone", microphones),
        meter,
        labelled("Speakers", speakers),
        buttons,
        tested,
        voice);
  }

  private Node appearanceSection(AppearanceViewModel appearance) {
    ComboBox<Theme> theme = new ComboBox<>();
    theme.setId("theme-choice");
    theme.getItems().setAll(Theme.values());
    theme.valueProperty().bindBidirectional(appearance.themeProperty());
    theme.setMaxWidth(Double.MAX_VALUE);
    ComboBox<FontSize> size = new ComboBox<>();
    size.setId("font-size-choice");
    size.getItems().setAll(FontSize.values());
    size.valueProperty().bindBidirectional(appearance.fontSizeProperty());
    size.setMaxWidth(Double.MAX_VALUE);
    return new VBox(6, heading("Window"), labelled("Theme", theme), labelled("Text size", size));
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("settings-heading");
    return label;
  }

  private static Label value(String id) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("settings-value");
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private static Label wrapping(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  private static Node labelled(String text, Node control) {
    Label label = new Label(text);
    label.getStyleClass().add("settings-label");
    label.setLabelFor(control);
    return new VBox(2, label, control);
  }

  private static Node labelledWithValue(String text, Label value, Slider slider) {
    Label label = new Label(text);
    label.getStyleClass().add("settings-label");
    label.setLabelFor(slider);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(6, label, spacer, value);
    top.setAlignment(Pos.BASELINE_LEFT);
    return new VBox(2, top, slider);
  }

  private static Slider slider(String id, double min, double max, double blockIncrement) {
    Slider slider = new Slider(min, max, min);
    slider.setId(id);
    slider.setBlockIncrement(blockIncrement);
    slider.setMaxWidth(Double.MAX_VALUE);
    return slider;
  }

  private static CheckBox toggle(String id, String text, BooleanProperty property) {
    CheckBox box = new CheckBox(text);
    box.setId(id);
    box.selectedProperty().bindBidirectional(property);
    return box;
  }
}
