package app.hamish.ui.session;

/** Whether everything shown is committed. */
public enum SaveState { SAVED, FAILED }
