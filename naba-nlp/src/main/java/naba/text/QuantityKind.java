package naba.text;

/** What a {@link Quantity} counts or measures. */
public enum QuantityKind {
    /** A count: «240 الف شخص», «ثلاثة آلاف», «مئات من الناس». */
    CARDINAL,
    /** A rank: «الثالث», «الحادي عشر». */
    ORDINAL,
    /** A share: «15%», «٪١٥», «عشرة في المئة». */
    PERCENT,
    /** An amount of money: «500 جنيه», «1,5 مليون دولار», «$20». */
    MONEY,
    /** A measure with a unit: «70 كيلو», «300 برميل». */
    QUANTITY
}
