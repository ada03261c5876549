package app.hamish.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * On Linux and Windows, pressing and releasing Alt alone moves the keyboard to the menu bar. Alt held for a mouse
 * gesture (Alt+drag selects exact characters) is not that: the release that ends it is kept from the menu bar, so
 * the File menu is not left highlighted and the next key does not go to the menus.
 */
final class AltWithMouse {
    private boolean heldForMouse;

    private AltWithMouse() {
    }

    static void install(Scene scene) {
        AltWithMouse alt = new AltWithMouse();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> alt.heldForMouse |= event.isAltDown());
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.ALT) {
                if (alt.heldForMouse) {
                    event.consume();
                }
                alt.heldForMouse = false;
            }
        });
    }
}
