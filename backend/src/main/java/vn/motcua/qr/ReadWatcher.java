package vn.motcua.qr;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Listens to one ImageIO read: aborts it once the deadline has passed (readers report progress
 * every few percent, so a huge or slow image cannot overrun the budget by much) and notes the
 * codec's "premature end" warning, which is how libjpeg reports a truncated file (it pads the
 * missing part with gray instead of failing).
 */
final class ReadWatcher implements IIOReadProgressListener, IIOReadWarningListener {

    private final ImageReader reader;
    private final long deadlineNanos;
    private boolean aborted;
    private boolean truncated;

    ReadWatcher(ImageReader reader, long deadlineNanos) {
        this.reader = reader;
        this.deadlineNanos = deadlineNanos;
    }

    boolean aborted() {
        return aborted;
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        if (!aborted && System.nanoTime() - deadlineNanos > 0) {
            aborted = true;
            reader.abort();
        }
    }

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        if (warning != null && warning.toLowerCase(Locale.ROOT).contains("premature end")) {
            truncated = true;
        }
    }

    @Override
    public void readAborted(ImageReader source) {
        aborted = true;
    }

    // The remaining callbacks carry nothing this watcher needs.

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {
    }

    @Override
    public void sequenceComplete(ImageReader source) {
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
    }

    @Override
    public void imageComplete(ImageReader source) {
    }

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
    }

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {
    }

    @Override
    public void thumbnailComplete(ImageReader source) {
    }
}
