package app.hamish.ui.article;

import app.hamish.model.Annotation;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/** The annotation table's look: JavaFX's own, with rows that are laid out and styled only as much as they changed. */
final class AnnotationTableSkin extends TableViewSkin<Annotation> {
    AnnotationTableSkin(TableView<Annotation> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<Annotation>> createVirtualFlow() {
        return new AnnotationRows();
    }

    @Override
    protected void updateItemCount() {
        rows().countChanges(super::updateItemCount);
    }

    /** The rows, for the table to know which are on screen without looking its flow up among its nodes. */
    AnnotationRows rows() {
        return (AnnotationRows) getVirtualFlow();
    }
}
