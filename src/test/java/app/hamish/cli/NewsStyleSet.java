package app.hamish.cli;

import app.hamish.cli.GoldArticles.Gold;
import app.hamish.cli.GoldArticles.Mark;
import app.hamish.model.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news-style gold set for measuring suggestions (issue 18), in article order: the five sample articles with a
 * bidi mark before every word (LRM, RLM in every other one) and five entities marked at every occurrence, each span
 * starting at the mark before its word, as gold from web text made in another tool is; ten hand-marked articles
 * ({@code newsset/handmarked.txt}); then articles synthesised from sentence templates and name lists
 * ({@code newsset/templates.txt}, {@code newsset/names.txt}) with a fixed random seed, so the set is the same on
 * every run. Synthesised text is more regular than real wire copy: figures on it are an upper bound for what the
 * templates' contexts teach.
 */
final class NewsStyleSet {
    private static final String[] SEED_ENTITIES = {"القاهرة", "علي مملوك", "بشار الأسد", "السيسي", "العربي الجديد"};
    private static final String[] SEED_SUBTYPES = {"location", "person", "person", "person", "organisation"};
    private static final Pattern MARKUP = Pattern.compile("\\[([^|\\]]+)\\|([a-z]+)]");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");
    private static final String SOURCE = "source";
    private static final int SENTENCES = 6;

    private NewsStyleSet() {
    }

    /** The whole set: seeds, hand-marked, then {@code synthesised} articles from the templates. */
    static List<Gold> articles(int synthesised) {
        List<Gold> gold = new ArrayList<>(seeds());
        gold.addAll(handMarked());
        gold.addAll(synthesised(synthesised));
        return gold;
    }

    static List<Gold> seeds() {
        List<Gold> gold = new ArrayList<>();
        List<String> files = List.of("000_8c93457ec6c28807", "001_5e184b92d5281e1a", "002_687307a86b555fe6",
                "003_1ba4dc8c3db29aaa", "004_cbaf4748d8bd31e8");
        for (int i = 0; i < files.size(); i++) {
            String mark = i % 2 == 0 ? "\u200E" : "\u200F";
            String text;
            try {
                text = Files.readString(Path.of("seeds", files.get(i) + ".txt"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String marked = text.replaceAll("(?m)(^|[ \\u00A0])(?=\\S)", "$1" + mark);
            List<Mark> marks = new ArrayList<>();
            for (int entity = 0; entity < SEED_ENTITIES.length; entity++) {
                String words = SEED_ENTITIES[entity];
                for (int at = marked.indexOf(words); at >= 0; at = marked.indexOf(words, at + 1)) {
                    boolean afterMark = at > 0 && marked.startsWith(mark, at - 1);
                    String spanned = afterMark ? mark + words : words;
                    marks.add(new Mark(spanned, occurrence(marked, spanned, afterMark ? at - 1 : at), Label.ENTITY,
                            SEED_SUBTYPES[entity]));
                }
            }
            gold.add(new Gold(marked, marks));
        }
        return gold;
    }

    static List<Gold> handMarked() {
        List<Gold> gold = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        for (String line : resource("handmarked.txt").lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.equals("---")) {
                gold.add(unmarked(article.toString().strip()));
                article.setLength(0);
            } else {
                article.append(line).append('\n');
            }
        }
        gold.add(unmarked(article.toString().strip()));
        return gold;
    }

    static List<Gold> synthesised(int count) {
        List<String> templates = resource("templates.txt").lines().filter(line -> !line.startsWith("#")).toList();
        Map<String, List<String>> names = new HashMap<>();
        String type = null;
        for (String line : resource("names.txt").lines().toList()) {
            if (line.matches("# [a-z]+")) {
                type = line.substring(2);
            } else if (!line.startsWith("#") && !line.isBlank()) {
                names.computeIfAbsent(type, ignored -> new ArrayList<>()).add(line);
            }
        }
        Random random = new Random(18);
        List<Gold> gold = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            Map<String, List<String>> used = new HashMap<>();
            for (int sentence = 0; sentence < SENTENCES; sentence++) {
                String template = templates.get(random.nextInt(templates.size()));
                Matcher slot = SLOT.matcher(template);
                StringBuilder filled = new StringBuilder();
                while (slot.find()) {
                    String name = pick(random, slot.group(1), names, used);
                    slot.appendReplacement(filled, "[" + name + "|" + slot.group(1) + "]");
                }
                slot.appendTail(filled);
                text.append(filled).append(sentence % 2 == 1 ? "\n" : " ");
            }
            gold.add(unmarked(text.toString().strip()));
        }
        return gold;
    }

    /** Half the time a name of that type the article already used, else one of the list, the first more often. */
    private static String pick(Random random, String type, Map<String, List<String>> names,
                               Map<String, List<String>> used) {
        List<String> before = used.computeIfAbsent(type, ignored -> new ArrayList<>());
        if (!type.equals(SOURCE) && !before.isEmpty() && random.nextBoolean()) {
            return before.get(random.nextInt(before.size()));
        }
        List<String> all = names.get(type);
        double skewed = Math.pow(random.nextDouble(), 1.5);
        String name = all.get((int) (skewed * all.size()));
        before.add(name);
        return name;
    }

    /** The text without its markup, and the marks it made. */
    private static Gold unmarked(String marked) {
        Matcher markup = MARKUP.matcher(marked);
        StringBuilder text = new StringBuilder();
        List<int[]> places = new ArrayList<>();
        List<String> subtypes = new ArrayList<>();
        while (markup.find()) {
            markup.appendReplacement(text, "");
            places.add(new int[] {text.length(), text.length() + markup.group(1).length()});
            subtypes.add(markup.group(2));
            text.append(markup.group(1));
        }
        markup.appendTail(text);
        String plain = text.toString();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            String words = plain.substring(places.get(i)[0], places.get(i)[1]);
            boolean source = subtypes.get(i).equals(SOURCE);
            marks.add(new Mark(words, occurrence(plain, words, places.get(i)[0]),
                    source ? Label.UNVERIFIED_SOURCE : Label.ENTITY, source ? null : subtypes.get(i)));
        }
        return new Gold(plain, marks);
    }

    /** Which occurrence (from 0) of {@code words} starts at {@code at}, as {@link GoldArticles} counts them. */
    private static int occurrence(String text, String words, int at) {
        int occurrence = 0;
        for (int found = text.indexOf(words); found != at; found = text.indexOf(words, found + 1)) {
            occurrence++;
        }
        return occurrence;
    }

    private static String resource(String name) {
        try (InputStream in = NewsStyleSet.class.getResourceAsStream("newsset/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
