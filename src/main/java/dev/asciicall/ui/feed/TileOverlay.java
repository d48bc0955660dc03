package dev.asciicall.ui.feed;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

/**
 * What a tile shows over the picture, bound to its {@link TileViewModel}: the name with a
 * muted-microphone mark (bottom left), the safety code and a changed-key warning (top left), the
 * connection bars (top right), "Camera off" in the middle and a ring while the participant speaks.
 * Empty areas let clicks through to the tile. FX thread only.
 */
final class TileOverlay extends StackPane {

  /** A microphone outline in a 12×16 box. */
  private static final String MICROPHONE =
      "M6 0a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V3a3 3 0 0 1 3-3zM1 7h1.5v1a3.5 3.5 0 0 0 7 0V7H11v1"
          + "a5 5 0 0 1-4.25 4.95V15h-1.5v-2.05A5 5 0 0 1 1 8z";

  /** A tile at least this wide says "Safety code" before the digits. */
  static final double WIDE_ENOUGH_FOR_PREFIX = 420;

  // The corners' padding and the gaps around the code.
  private static final double SIDE_ROOM = 24;

  TileOverlay(TileViewModel model) {
    setPickOnBounds(false);

    Region speakingRing = new Region();
    speakingRing.getStyleClass().add("tile-speaking");
    speakingRing.setMouseTransparent(true);
    speakingRing.visibleProperty().bind(model.speakingProperty());

    Label name = new Label();
    name.getStyleClass().add("tile-name");
    name.textProperty().bind(model.nameProperty());
    StackPane muted = mutedMark();
    muted.visibleProperty().bind(model.microphoneMutedProperty());
    muted.managedProperty().bind(muted.visibleProperty());
    HBox bottom = new HBox(4, muted, name);
    bottom.setAlignment(Pos.BOTTOM_LEFT);
    bottom.setPickOnBounds(false);

    Label safetyCode = new Label();
    safetyCode.getStyleClass().add("tile-safety-code");
    // A code is read aloud, so it is never cut short: in a narrow tile it drops its prefix and
    // wraps
    // onto a second line rather than end in "…".
    safetyCode
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    (getWidth() >= WIDE_ENOUGH_FOR_PREFIX ? "Safety code " : "")
                        + model.safetyCodeProperty().get(),
                widthProperty(),
                model.safetyCodeProperty()));
    safetyCode.setWrapText(true);
    safetyCode.setMinWidth(0);
    safetyCode.setTooltip(
        new Tooltip("Compare this code by voice: if it matches theirs, no one is listening in"));
    safetyCode.visibleProperty().bind(model.safetyCodeProperty().isNotEmpty());
    safetyCode.managedProperty().bind(safetyCode.visibleProperty());
    Label keyChanged = new Label("Key changed since last call");
    keyChanged.getStyleClass().add("tile-key-changed");
    keyChanged.setTooltip(
        new Tooltip(
            "This name was seen before with another key: compare the safety code by voice"));
    keyChanged.visibleProperty().bind(model.keyChangedProperty());
    keyChanged.managedProperty().bind(keyChanged.visibleProperty());
    QualityBars qualityBars = new QualityBars(model.qualityProperty(), model.qualityTextProperty());
    // My own connection is not measured against anyone: no bars on my tile.
    qualityBars.setVisible(!model.isMe());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    spacer.setMouseTransparent(true);
    HBox top = new HBox(4, safetyCode, keyChanged, spacer, qualityBars);
    safetyCode
        .maxWidthProperty()
        .bind(widthProperty().subtract(SIDE_ROOM).subtract(qualityBars.widthProperty()));
    top.setAlignment(Pos.TOP_LEFT);
    top.setPickOnBounds(false);

    Label cameraOff = new Label("Camera off");
    cameraOff.getStyleClass().add("tile-camera-off");
    cameraOff.visibleProperty().bind(model.cameraOffProperty());

    BorderPane corners = new BorderPane();
    corners.setPickOnBounds(false);
    corners.setPadding(new Insets(6));
    corners.setTop(top);
    corners.setBottom(bottom);
    corners.setCenter(cameraOff);
    getChildren().addAll(speakingRing, corners);
  }

  private static StackPane mutedMark() {
    SVGPath microphone = new SVGPath();
    microphone.setContent(MICROPHONE);
    microphone.getStyleClass().add("tile-muted-icon");
    Line slash = new Line(0, 0, 12, 16);
    slash.getStyleClass().add("tile-muted-slash");
    StackPane mark = new StackPane(new Group(microphone, slash));
    mark.getStyleClass().add("tile-muted");
    Tooltip.install(mark, new Tooltip("Microphone muted"));
    mark.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    return mark;
  }
}
