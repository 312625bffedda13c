package naba.text;

/** An approximating word before a number: «نحو», «أكثر من», «أقل من». */
public enum Qualifier {
    /** «نحو», «حوالي», «قرابة», «زهاء», «ما يقارب». */
    APPROX,
    /** «أكثر من», «ما يزيد على», «أزيد من». */
    MORE_THAN,
    /** «أقل من», «ما دون». */
    LESS_THAN,
    /** «ما لا يقل عن», «على الأقل». */
    AT_LEAST,
    /** «ما لا يزيد على», «على الأكثر». */
    AT_MOST
}
