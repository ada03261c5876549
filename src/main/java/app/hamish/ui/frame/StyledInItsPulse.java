package app.hamish.ui.frame;

import com.sun.javafx.scene.NodeHelper;
import javafx.scene.Scene;

/**
 * Styles the nodes that a pulse's layout pass brought into the scene or gave another pseudo-class in that same pulse,
 * before the pulse hands the scene to the renderer (decision 0096).
 *
 * <p>Why: JavaFX styles the scene before it lays it out. A node that enters the scene during the layout (a paragraph
 * cell the article's flow adds on a scroll, a canvas a paragraph adds to a layer, a table row whose {@code :selected}
 * changes) marks the root for the next pulse's CSS pass, and at the end of the pulse JavaFX marks the root dirty
 * again for it. The next pulse then hands the renderer the root alone, with no region changed, and Prism paints the
 * whole window: 40-87 % of the renderer's painting in the keys (decision 0092). Styled here, the root is clean when
 * the pulse ends, and nothing is left for a next pulse to paint.
 *
 * <p>The CSS pass JavaFX runs is private to the scene; {@link javafx.scene.Node#applyCss()} on the root would
 * restyle every node of the window. {@link NodeHelper#processCSS} on the root does what the scene's own pass does:
 * it visits only the branches marked, and does nothing when none is. Hamish runs on the class path, where JavaFX's
 * internal packages are readable.
 *
 * <p>It does less than the scene's own pass: popups' scenes are not styled here (they have their own pulses), and a
 * node whose style changes its size is laid out at that size only in the next pulse, so it shows one frame at its
 * old size; Hamish's stylesheet has no transitions, which this pass would start a pulse later.
 */
public final class StyledInItsPulse {
    private StyledInItsPulse() {
    }

    /** From now on, every pulse of {@code scene} styles what its layout pass left to style. */
    public static void install(Scene scene) {
        scene.addPostLayoutPulseListener(() -> NodeHelper.processCSS(scene.getRoot()));
    }
}
