package naba.story;

import naba.text.InputException;

/**
 * Settings of story detection: articles join a story when their weighted terms and entities resemble the story's
 * centroid by at least {@code threshold} (cosine) and they appeared within {@code windowDays} of its first article.
 * With the defaults, the reports of «اتصال كيري ولافروف» from three outlets over two days form one story.
 *
 * @param windowDays    longest span of a story in days, from its first article (0 = same day only)
 * @param threshold     minimum cosine similarity to the story centroid, in (0, 1]
 * @param entityWeight  weight of an entity feature relative to the heaviest word of the article, in [0, 4]
 * @param terms         number of heaviest terms kept per article vector (and 3x that per story centroid)
 * @param minSize       smallest story reported (articles that join no one stay alone and are not reported)
 */
public record StoryOptions(int windowDays, double threshold, double entityWeight, int terms, int minSize)
        implements java.io.Serializable {
    public static final StoryOptions DEFAULT = new StoryOptions(3, 0.3, 1.0, 40, 2);

    public StoryOptions {
        if (windowDays < 0 || windowDays > 365) {
            throw new InputException("story window " + windowDays + " days is outside 0..365; use e.g. 3");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InputException("story threshold " + threshold + " is outside (0, 1]; use e.g. 0.3");
        }
        if (!(entityWeight >= 0 && entityWeight <= 4)) {
            throw new InputException("story entity weight " + entityWeight + " is outside [0, 4]; use e.g. 1");
        }
        if (terms < 5 || terms > 1000) {
            throw new InputException("story terms " + terms + " is outside 5..1000; use e.g. 40");
        }
        if (minSize < 1) {
            throw new InputException("story min size " + minSize + " must be at least 1");
        }
    }

    public StoryOptions withWindowDays(int days) {
        return new StoryOptions(days, threshold, entityWeight, terms, minSize);
    }

    public StoryOptions withThreshold(double value) {
        return new StoryOptions(windowDays, value, entityWeight, terms, minSize);
    }
}
