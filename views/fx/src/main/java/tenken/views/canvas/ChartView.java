package tenken.views.canvas;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import tenken.views.picture.ChartPicture;

/**
 * A dependency chart: as wide as it is given and as tall as the chart, inside a scroll pane; the canvas
 * itself only covers the visible part (a chart of a whole supply chain runs to thousands of pixels,
 * which a software renderer would clear and redraw in full on every frame). Hovering a bar shows its
 * tooltip (figure, source, year) and clicking it reports the bar, for the side panel.
 */
public final class ChartView extends Region {

    private final Canvas canvas = new Canvas();
    private final PictureRenderer renderer = new PictureRenderer(canvas.getGraphicsContext2D());
    private final Tooltip tooltip = new Tooltip();
    private ChartPicture picture;
    private ChartPicture.Bar hovered;
    private double visibleTop;
    private double visibleHeight = Double.MAX_VALUE;
    private Consumer<ChartPicture.Bar> onBarClicked = bar -> { };

    public ChartView() {
        getStyleClass().add("chart-view");
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> {
            ChartPicture.Bar bar = picture == null ? null : picture.barAt(event.getX(), event.getY());
            if (bar != hovered) {
                hovered = bar;
                paint();
            }
            if (bar == null) {
                tooltip.hide();
            } else if (!bar.tooltip().equals(tooltip.getText()) || !tooltip.isShowing()) {
                tooltip.setText(bar.tooltip());
                tooltip.show(this, event.getScreenX() + 14, event.getScreenY() + 14);
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> tooltip.hide());
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            ChartPicture.Bar bar = picture == null ? null : picture.barAt(event.getX(), event.getY());
            if (bar != null) {
                onBarClicked.accept(bar);
            }
        });
    }

    public void setPicture(ChartPicture picture) {
        this.picture = picture;
        hovered = null;
        requestLayout();
        paint();
    }

    public ChartPicture picture() {
        return picture;
    }

    /** The part of the chart its scroll pane shows, in chart units: only that is drawn. */
    public void setVisible(double top, double height) {
        visibleTop = Math.max(0, top);
        visibleHeight = height;
        requestLayout();
    }

    public void setOnBarClicked(Consumer<ChartPicture.Bar> handler) {
        onBarClicked = handler;
    }

    @Override
    protected double computePrefHeight(double width) {
        return picture == null ? 0 : picture.height();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (picture != null) {
            double top = Math.min(visibleTop, Math.max(0, picture.height() - 1));
            canvas.setLayoutY(top);
            canvas.setWidth(picture.width());
            canvas.setHeight(Math.max(1, Math.min(visibleHeight, picture.height() - top)));
        }
        paint();
    }

    private void paint() {
        if (picture == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        renderer.draw(picture, hovered, canvas.getLayoutY(), canvas.getHeight());
    }
}
