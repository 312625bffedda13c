package naba.text;

/**
 * Two paragraphs of one article that tell the same thing, as when an article merges two agencies' copy: «قالت
 * الخارجية الروسية إنه جرى خلال اتصال كيري مع لافروف مناقشة الوضع في سوريا» and, later, «ذكرت وزارة الخارجية
 * الروسية ان وزيري الخارجية بحثا في الجوانب المختلفة للوضع في سوريا».
 *
 * @param first      index of the earlier paragraph in {@link Layers#PARAGRAPHS}
 * @param second     index of the later paragraph
 * @param similarity share of the shorter paragraph's content-word stems that the other one also has, in [0, 1]
 * @param shared     number of shared content-word stems
 */
public record ParagraphDuplicate(int first, int second, double similarity, int shared) {
    public ParagraphDuplicate {
        if (first < 0 || second <= first) {
            throw new IllegalArgumentException("paragraph duplicate: bad pair (" + first + ", " + second + ")");
        }
    }
}
