import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.preferences.AppPreferences;
import java.util.Locale;

/**
 * Sets the preferences a screenshot window starts with (run by docs/screenshots.sh as a
 * single-file program against the built jar): theme, window bounds, name, the demo scene.
 *
 * <p>Arguments: THEME X Y WIDTH HEIGHT NAME
 */
public class ScreenshotSetup {
  public static void main(String[] args) throws Exception {
    AppPreferences preferences = AppPreferences.forUser();
    preferences.clear();
    preferences.saveAppearance(
        Theme.valueOf(args[0].toUpperCase(Locale.ROOT)), FontSize.NORMAL);
    preferences.saveWindowBounds(
        Double.parseDouble(args[1]),
        Double.parseDouble(args[2]),
        Double.parseDouble(args[3]),
        Double.parseDouble(args[4]));
    preferences.saveName(args[5]);
    preferences.saveSource("demo");
    preferences.flush();
  }
}
