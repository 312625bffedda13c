package naba.ner;

import naba.text.EntityType;

/**
 * An entity span over token indexes {@code [start, end)} of one sentence, with the tagger's confidence. In
 * «قال جون كيري» the person is {@code TokenSpan(1, 3, PERS, 0.97)}.
 *
 * @param start first token index
 * @param end   index after the last token
 * @param type  the entity type
 * @param score confidence in [0, 1]
 */
public record TokenSpan(int start, int end, EntityType type, float score) {
    public TokenSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token span: bad range [" + start + ", " + end + ")");
        }
        if (type == null) {
            throw new IllegalArgumentException("token span: null type");
        }
    }

    /** Same range and type, whatever the scores. */
    public boolean sameAs(TokenSpan other) {
        return start == other.start && end == other.end && type == other.type;
    }
}
