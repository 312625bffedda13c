package naba.text;

/**
 * Reported speech: its content, the cue that introduces it, who said it and through whom. In
 * «ونقلت وكالة ريا نوفوستي عن بوتين قوله "من المبكر القول..."» the content is the quoted text, the cue «قوله»
 * (lemma {@code قال}), the speaker «بوتين» and the conveying source («via») «وكالة ريا نوفوستي».
 *
 * <p>Absent spans are {@code -1, -1}; absent entities are {@code -1}.
 *
 * @param start         first UTF-16 offset of the content (inside the quotation marks for a direct quotation)
 * @param end           offset after the content
 * @param kind          direct, indirect or mixed
 * @param cueStart      start of the cue token («وأكد»)
 * @param cueEnd        end of the cue token
 * @param cueLemma      the cue verb's lemma in dictionary spelling: {@code أكد} for «واكدت»
 * @param speakerStart  start of the text that names the speaker here (the subject, a description, or the earlier
 *                      mention it refers back to), or -1
 * @param speakerEnd    end of that text, or -1
 * @param speakerEntity index into {@link Layers#ENTITIES} of the speaker, or -1 when unknown
 * @param speakerReason how the speaker was found («subject after the cue», «dropped subject: the last speaker», ...),
 *                      or why there is none
 * @param viaStart      start of the conveying source («وكالة ... ريا نوفوستي» in «نقلت وكالة ... عن بوتين»), or -1
 * @param viaEnd        end of it, or -1
 * @param viaEntity     index into {@link Layers#ENTITIES} of the conveying source, or -1
 */
public record Quotation(int start, int end, QuoteKind kind, int cueStart, int cueEnd, String cueLemma,
        int speakerStart, int speakerEnd, int speakerEntity, String speakerReason, int viaStart, int viaEnd,
        int viaEntity) implements Span {
    public Quotation {
        Span.check(start, end, "quotation");
    }

    public boolean hasSpeaker() {
        return speakerStart >= 0;
    }

    public boolean hasVia() {
        return viaStart >= 0;
    }
}
