package app.hamish.service;

/**
 * Every change the services refuse. Each is worded once, as {@code refused.KEY} in the interface's message bundles
 * (English in {@code messages.properties}, Arabic in {@code messages_ar.properties}; decision 0019).
 */
public enum Refusal {
    NO_NAME("noName"),
    LONG_NAME("longName"),
    CONTROL_IN_NAME("controlInName"),
    LONG_NOTE("longNote"),
    NO_ANNOTATOR("noAnnotator"),
    NO_ARTICLE("noArticle"),
    GONE("gone"),
    DUPLICATE("duplicate"),
    OUTSIDE("outside"),
    BLANK("blank"),
    NO_LABEL("noLabel"),
    NO_SUBTYPE("noSubtype"),
    SUBMITTED("submitted"),
    IN_REVIEW("inReview"),
    SIGNED_OFF("signedOff"),
    NOT_YOURS("notYours"),
    REVIEWER_OUTSIDE_REVIEW("reviewerOutsideReview"),
    NOT_REVIEWER("notReviewer"),
    OWN_WORK("ownWork"),
    OWNER_ONLY("ownerOnly"),
    WRONG_STATE("wrongState"),
    RETURN_COMMENT("returnComment"),
    UNDECIDED("undecided"),
    REJECT_REASON("rejectReason"),
    NOT_REVIEWER_DECIDE("notReviewerDecide"),
    OWN_DECISION("ownDecision"),
    DECIDE_OUTSIDE_REVIEW("decideOutsideReview"),
    NOT_LOGIN("notLogin"),
    CHANGED_SINCE("changedSince"),
    DECISION_CHANGED_SINCE("decisionChangedSince"),
    LAYER_CHANGED_SINCE("layerChangedSince"),
    NOT_LISTED_REVIEWER("notListedReviewer"),
    ANNOTATES("annotates"),
    EDIT_GOLD_COPY("editGoldCopy"),
    GOLD_REVIEWERS_ONLY("goldReviewersOnly"),
    GOLD_OUTSIDE_REVIEW("goldOutsideReview"),
    GOLD_NAME("goldName");

    private final String key;

    Refusal(String key) {
        this.key = key;
    }

    /** Whether it refuses a change because someone changed what it was made on since: the view is read again. */
    public boolean saysChangedSince() {
        return ChangedSince.REFUSALS.contains(this);
    }

    /** Its text's key in the message bundles. */
    public String bundleKey() {
        return "refused." + key;
    }
}
