package app.hamish.ui.article;

/** One line-feed-delimited paragraph of an article: its text and where it starts (UTF-16) in the article. */
record Paragraph(int index, int start, String text) {
    int end() {
        return start + text.length();
    }

    static java.util.List<Paragraph> split(String article) {
        java.util.List<Paragraph> paragraphs = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= article.length(); i++) {
            if (i == article.length() || article.charAt(i) == '\n') {
                paragraphs.add(new Paragraph(paragraphs.size(), start, article.substring(start, i)));
                start = i + 1;
            }
        }
        return paragraphs;
    }
}
