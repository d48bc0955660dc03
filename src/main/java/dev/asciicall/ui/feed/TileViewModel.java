package dev.asciicall.ui.feed;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a tile shows about one participant besides the picture: name, microphone and camera state,
 * speaking, connection quality, safety code and whether their key changed; and the volume I play
 * them at. The call's view model fills it, the tile and the participants list bind to it.
 *
 * <p>FX thread only: adapters hop to the FX thread through UiThread before setting anything.
 */
public final class TileViewModel {

  /** Loudest a participant can be turned up: twice their own level. */
  public static final double MAX_VOLUME = 2.0;

  private final String participantId;
  private final boolean local;
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final BooleanProperty microphoneMuted = new SimpleBooleanProperty(this, "muted");
  private final BooleanProperty cameraOff = new SimpleBooleanProperty(this, "cameraOff");
  private final BooleanProperty microphoneMissing =
      new SimpleBooleanProperty(this, "microphoneMissing");
  private final BooleanProperty speaking = new SimpleBooleanProperty(this, "speaking");
  private final ObjectProperty<ConnectionQuality> quality =
      new SimpleObjectProperty<>(this, "quality", ConnectionQuality.UNKNOWN);
  private final StringProperty qualityText = new SimpleStringProperty(this, "qualityText", "");
  private final StringProperty safetyCode = new SimpleStringProperty(this, "safetyCode", "");
  private final BooleanProperty keyChanged = new SimpleBooleanProperty(this, "keyChanged");
  private final DoubleProperty volume = new SimpleDoubleProperty(this, "volume", 1.0);

  private TileViewModel(String participantId, String name, boolean local) {
    this.participantId = Objects.requireNonNull(participantId);
    this.local = local;
    this.name.set(Objects.requireNonNull(name));
    // A slider or adapter may overshoot; the model never holds a volume outside 0..MAX_VOLUME.
    volume.addListener(
        (observable, old, now) -> {
          double clamped = Math.max(0, Math.min(MAX_VOLUME, now.doubleValue()));
          if (clamped != now.doubleValue()) {
            volume.set(clamped);
          }
        });
  }

  /** The tile of the person using this app. */
  public static TileViewModel forMe(String participantId, String name) {
    return new TileViewModel(participantId, name, true);
  }

  /** The tile of someone else in the call. */
  public static TileViewModel forParticipant(String participantId, String name) {
    return new TileViewModel(participantId, name, false);
  }

  public String participantId() {
    return participantId;
  }

  /** True for my own tile (no volume slider, no remove, no safety code to compare). */
  public boolean isMe() {
    return local;
  }

  /**
   * Shows a new connection measurement: sets the quality bars and their tooltip text.
   *
   * @param roundTripMillis median round trip; negative or NaN when not measured yet
   * @param lossPercent frames lost, 0 to 100
   */
  public void showConnection(double roundTripMillis, double lossPercent) {
    ConnectionQuality measured = ConnectionQuality.of(roundTripMillis, lossPercent);
    quality.set(measured);
    qualityText.set(
        measured == ConnectionQuality.UNKNOWN
            ? "Connection not measured yet"
            : String.format(
                Locale.ROOT, "%.0f ms round trip · %.1f%% lost", roundTripMillis, lossPercent));
  }

  public StringProperty nameProperty() {
    return name;
  }

  public BooleanProperty microphoneMutedProperty() {
    return microphoneMuted;
  }

  /** No working microphone (mine: none found or it failed), so "Mic on" would be untrue. */
  public BooleanProperty microphoneMissingProperty() {
    return microphoneMissing;
  }

  public BooleanProperty cameraOffProperty() {
    return cameraOff;
  }

  public BooleanProperty speakingProperty() {
    return speaking;
  }

  public ObjectProperty<ConnectionQuality> qualityProperty() {
    return quality;
  }

  /** Round trip and loss in words, for the tooltip on the quality bars. */
  public StringProperty qualityTextProperty() {
    return qualityText;
  }

  /** The short code to compare by voice (empty when not known, e.g. an unencrypted call). */
  public StringProperty safetyCodeProperty() {
    return safetyCode;
  }

  /** True when this name was seen before with a different key: the tile shows a warning. */
  public BooleanProperty keyChangedProperty() {
    return keyChanged;
  }

  /** How loud I play this participant: 0 silent, 1 as sent, up to {@link #MAX_VOLUME}. */
  public DoubleProperty volumeProperty() {
    return volume;
  }

  @Override
  public String toString() {
    return name.get() + " (" + participantId + ")";
  }
}
