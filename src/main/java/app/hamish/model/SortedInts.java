package app.hamish.model;

/**
 * Searches in an ascending array of ints that begin where the caller's last search ended: a key's places and the
 * spans asked about come in text order, most a few entries on from the last, so doubling steps find the stretch to
 * halve in (decisions 0062, 0071).
 */
final class SortedInts {
    private SortedInts() {
    }

    /** The first index from {@code from} on whose value is above {@code value}; the array's length if none is. */
    static int firstAbove(int[] sorted, int from, int value) {
        int low = from;
        int high = sorted.length;
        for (int step = 1; low + step - 1 < high; step *= 2) {
            if (sorted[low + step - 1] > value) {
                high = low + step - 1;
                break;
            }
            low += step;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first index from {@code from} on whose value is {@code value} or above; the array's length if none is. */
    static int firstAtLeast(int[] sorted, int from, int value) {
        return firstAbove(sorted, from, value - 1);
    }
}
