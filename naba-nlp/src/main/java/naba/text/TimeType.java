package naba.text;

/** The TIMEX3 type of a {@link TimeExpression}. */
public enum TimeType {
    /** A calendar date or period: «30 حزيران (يونيو) 2012», «آذار/مارس 2014», «السبت», «العام الماضي». */
    DATE,
    /** A time of day: «الساعة 22،15», «مساء الجمعة». */
    TIME,
    /** A length of time or a range: «ثلاثة أيام», «بين 2011 و2013». */
    DURATION,
    /** A recurrence: «أسبوعياً», «كل عام». */
    SET
}
