package dev.asciicall.ui.call;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * The Invite button's pop-over: the invite link with Copy, and every address others can type, each
 * with Copy; it opens by itself once when hosting starts and stays one click away. FX thread only.
 */
public final class InvitePopover extends PopOver {

  private final GridPane addresses = new GridPane();

  public InvitePopover(InviteViewModel model) {
    setId("invite-popover");
    setTitle("Invite people");
    setHeaderAlwaysVisible(true);
    setDetachable(false);
    setArrowLocation(ArrowLocation.BOTTOM_CENTER);
    setAutoHide(true);

    Label heading = new Label();
    heading.setId("invite-heading");
    heading.setWrapText(true);
    heading.setMaxWidth(440);
    heading.textProperty().bind(model.headingProperty());

    TextField link = new TextField();
    link.setId("invite-link");
    link.setEditable(false);
    link.getStyleClass().add("invite-link");
    link.textProperty().bind(model.linkProperty());
    link.setPrefColumnCount(30);
    HBox.setHgrow(link, Priority.ALWAYS);
    Button copyLink = copyButton("invite-copy-link", "Copy link", model.linkProperty()::get);
    HBox linkRow = new HBox(6, link, copyLink);
    linkRow.visibleProperty().bind(model.linkProperty().isNotEmpty());
    linkRow.managedProperty().bind(linkRow.visibleProperty());
    Label linkNote =
        new Label(
            "The link names this computer's key, so whoever joins with it can check they reached"
                + " you. It never carries the passphrase: tell them that another way.");
    linkNote.setWrapText(true);
    linkNote.setMaxWidth(440);
    linkNote.getStyleClass().add("settings-note");
    linkNote.visibleProperty().bind(linkRow.visibleProperty());
    linkNote.managedProperty().bind(linkNote.visibleProperty());

    addresses.setHgap(8);
    addresses.setVgap(4);
    model.entries().addListener((ListChangeListener<InviteViewModel.Entry>) change -> fill(model));
    fill(model);

    VBox content = new VBox(8, heading, linkRow, linkNote, addresses);
    content.setPadding(new Insets(10));
    content.getStyleClass().add("invite-content");
    setContentNode(content);
  }

  private void fill(InviteViewModel model) {
    addresses.getChildren().clear();
    int row = 0;
    for (InviteViewModel.Entry entry : model.entries()) {
      Label address = new Label(entry.address());
      address.setId("invite-address-" + row);
      address.getStyleClass().add("invite-address");
      Label note = new Label(entry.note());
      note.getStyleClass().add("settings-note");
      String text = entry.address();
      addresses.addRow(row, address, copyButton("invite-copy-" + row, "Copy", () -> text), note);
      row++;
    }
  }

  private static Button copyButton(
      String id, String text, java.util.function.Supplier<String> what) {
    Button copy = new Button(text);
    copy.setId(id);
    copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    copy.setOnAction(
        event -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(what.get());
          Clipboard.getSystemClipboard().setContent(content);
          copy.setText("Copied");
        });
    return copy;
  }

  /** Opens over {@code anchor} (the Invite button). */
  public void showOver(Node anchor) {
    if (!isShowing() && anchor.getScene() != null && anchor.getScene().getWindow() != null) {
      // ControlsFX 11.2.1 may not have made the skin yet when show() fades it in (its issue 1583).
      if (getSkin() == null) {
        setSkin(createDefaultSkin());
      }
      show(anchor);
    }
  }
}
