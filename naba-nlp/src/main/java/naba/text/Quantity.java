package naba.text;

/**
 * A number in the text, with its unit and qualifier. «اكثر من 240 الف شخص» is a {@link QuantityKind#CARDINAL} with
 * value 240000, unit «شخص» and qualifier {@link Qualifier#MORE_THAN}; «مئات من الناس» has no exact value but the
 * magnitude 100.
 *
 * @param start     first UTF-16 offset (of the qualifier when there is one)
 * @param end       offset after the last code unit (of the unit or counted noun when there is one)
 * @param surface   {@code text.substring(start, end)}
 * @param kind      cardinal, ordinal, percent, money or measure
 * @param value     the exact value, or {@link Double#NaN} for a vague amount («مئات»)
 * @param magnitude for a vague amount the order it names (10 «عشرات», 100 «مئات», 10000 «عشرات الآلاف»); 0 when exact
 * @param unit      the counted noun, currency or unit as written («شخص», «دولار», «كيلو»), or null
 * @param currency  the ISO 4217 code of a currency where the text fixes it («يورو» → EUR), or null
 * @param qualifier the approximating qualifier, or null
 * @param numberStart start of the number itself («240 الف» in «اكثر من 240 الف شخص»)
 * @param numberEnd   end of the number itself
 */
public record Quantity(int start, int end, String surface, QuantityKind kind, double value, long magnitude,
        String unit, String currency, Qualifier qualifier, int numberStart, int numberEnd) implements Span {
    public Quantity {
        Span.check(start, end, "quantity");
        if (surface.length() != end - start) {
            throw new IllegalArgumentException("quantity surface length " + surface.length() + " != span "
                    + (end - start));
        }
        if (numberStart < start || numberEnd > end || numberEnd <= numberStart) {
            throw new IllegalArgumentException("quantity number [" + numberStart + ", " + numberEnd + ") outside ["
                    + start + ", " + end + ")");
        }
    }

    /** True for an exact amount, false for a vague one such as «عشرات». */
    public boolean exact() {
        return !Double.isNaN(value);
    }
}
