package app.hamish.ui.session;

/**
 * Whether everything shown is committed: saved; saving, while a key's edit is shown as saving and waits for its
 * commit right after that frame (decision 0078); or failed.
 */
public enum SaveState { SAVED, SAVING, FAILED }
