package naba.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import naba.dedup.DedupOptions;
import naba.story.StoryOptions;
import naba.text.InputException;

/**
 * The batch job's settings, from {@code --input corpus.jsonl.gz --output out/ --master local[2]}.
 *
 * @param inputs     files or directories: JSON Lines (plain or gzip) or Parquet
 * @param output     directory that receives one Parquet directory per table
 * @param master     Spark master, or {@code null} to take it from {@code spark-submit}
 * @param format     {@code jsonl}, {@code parquet}, or {@code null} to go by the first input's name
 * @param maxChars   longest article text accepted; longer ones land in the errors table
 * @param partitions partitions of the analysis step (0 = Spark's default)
 * @param dedup      near-duplicate options
 * @param stories    story options
 */
record BatchOptions(List<String> inputs, String output, String master, String format, int maxChars, int partitions,
                    DedupOptions dedup, StoryOptions stories) implements Serializable {
    static final int DEFAULT_MAX_CHARS = 2_000_000;

    static final String USAGE = "usage: naba batch --input FILE... --output DIR [--master local[*]] "
            + "[--format jsonl|parquet] [--threshold 0.5] [--window-days 3] [--max-chars 2000000] [--partitions N]";

    BatchOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new InputException("no --input given; " + USAGE);
        }
        if (output == null) {
            throw new InputException("no --output directory given; " + USAGE);
        }
        if (format != null && !format.equals("jsonl") && !format.equals("parquet")) {
            throw new InputException("--format " + format + " is not jsonl or parquet");
        }
        if (maxChars < 1) {
            throw new InputException("--max-chars must be positive");
        }
    }

    /** Parses command-line arguments; unknown options are errors. */
    static BatchOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String master = null;
        String format = null;
        int maxChars = DEFAULT_MAX_CHARS;
        int partitions = 0;
        DedupOptions dedup = DedupOptions.DEFAULT;
        StoryOptions stories = StoryOptions.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--input", "-i" -> {
                    inputs.add(value(args, ++i, arg));
                    while (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        inputs.add(args[++i]);
                    }
                }
                case "--output", "-o" -> output = value(args, ++i, arg);
                case "--master" -> master = value(args, ++i, arg);
                case "--format" -> format = value(args, ++i, arg);
                case "--max-chars" -> maxChars = number(args, ++i, arg);
                case "--partitions" -> partitions = number(args, ++i, arg);
                case "--threshold" -> dedup = dedup.withThreshold(decimal(args, ++i, arg));
                case "--window-days" -> stories = stories.withWindowDays(number(args, ++i, arg));
                case "--story-threshold" -> stories = stories.withThreshold(decimal(args, ++i, arg));
                default -> throw new InputException("unknown option " + arg + "; " + USAGE);
            }
        }
        return new BatchOptions(inputs, output, master, format, maxChars, partitions, dedup, stories);
    }

    boolean parquet() {
        if (format != null) {
            return format.equals("parquet");
        }
        return inputs.get(0).endsWith(".parquet") || inputs.get(0).endsWith(".parquet/");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new InputException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int number(String[] args, int i, String option) {
        try {
            return Integer.parseInt(value(args, i, option));
        } catch (NumberFormatException e) {
            throw new InputException(option + " needs a whole number, not " + args[i]);
        }
    }

    private static double decimal(String[] args, int i, String option) {
        try {
            return Double.parseDouble(value(args, i, option));
        } catch (NumberFormatException e) {
            throw new InputException(option + " needs a number, not " + args[i]);
        }
    }
}
