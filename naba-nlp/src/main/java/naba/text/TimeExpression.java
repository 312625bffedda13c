package naba.text;

/**
 * A time expression with a TIMEX3-style value. «30 حزيران (يونيو) 2012» is a {@link TimeType#DATE} with value
 * {@code 2012-06-30}; «السبت» in an article of 2015-09-06 is {@code 2015-W36-6}, resolved from the publication date.
 *
 * @param start   first UTF-16 offset
 * @param end     offset after the last code unit
 * @param surface {@code text.substring(start, end)}
 * @param type    DATE, TIME, DURATION or SET
 * @param value   the TIMEX3-style value: {@code 2012-06-30}, {@code 2014-03}, {@code 2015-W36-6}, {@code P3D},
 *                {@code XXXX-09} when the year is unknown, {@code 2011/2013} for a range, and
 *                {@code REF-P1D} (one day before the publication date) when a relative value is unresolved
 * @param mod     a TIMEX3-style modifier ({@code START}, {@code MID}, {@code END}, {@code LATER}, {@code EARLIER},
 *                {@code APPROX}) or null
 * @param anchor  whether the value came from the text alone, from the publication date, or awaits one
 */
public record TimeExpression(int start, int end, String surface, TimeType type, String value, String mod,
        TimeAnchor anchor) implements Span {
    public TimeExpression {
        Span.check(start, end, "time expression");
        if (surface.length() != end - start) {
            throw new IllegalArgumentException("time expression surface length " + surface.length() + " != span "
                    + (end - start));
        }
    }

    /** True when the value was computed from the publication date. */
    public boolean resolved() {
        return anchor == TimeAnchor.RESOLVED;
    }
}
