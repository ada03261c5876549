package app.hamish.io;

/** Where long work reports how far it has got, and learns whether the user cancelled it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();
}
