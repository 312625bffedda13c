package naba.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    @Test
    void withAddsALayerAndLeavesTheOriginalUntouched() {
        Document d = Document.of("قال كيري");
        Layer<Paragraph> paragraphs = Layer.of(List.of(new Paragraph(0, 8)));
        Document e = d.with(Layers.PARAGRAPHS, paragraphs);
        assertThat(d.has(Layers.PARAGRAPHS)).isFalse();
        assertThat(e.layer(Layers.PARAGRAPHS)).containsExactly(new Paragraph(0, 8));
        assertThat(e.text()).isSameAs(d.text());
        assertThat(e.surface(new Paragraph(4, 8))).isEqualTo("كيري");
    }

    @Test
    void missingLayerNamesTheAnnotatorThatProducesIt() {
        assertThatThrownBy(() -> Document.of("نص").layer(Layers.TOKENS))
                .isInstanceOf(MissingLayerException.class)
                .hasMessageContaining("tokens").hasMessageContaining("ArabicTokenizer");
    }

    @Test
    void layerFindsSpansWithinARange() {
        Layer<Paragraph> layer = Layer.of(List.of(new Paragraph(0, 3), new Paragraph(4, 8), new Paragraph(9, 12),
                new Paragraph(13, 20)));
        assertThat(layer.within(new Paragraph(4, 12))).containsExactly(new Paragraph(4, 8), new Paragraph(9, 12));
        assertThat(layer.within(new Paragraph(5, 12))).containsExactly(new Paragraph(9, 12));
        assertThat(layer.within(new Paragraph(4, 10))).containsExactly(new Paragraph(4, 8));
        assertThat(layer.firstStartingAtOrAfter(10)).isEqualTo(3);
    }

    @Test
    void layerRejectsUnorderedSpans() {
        assertThatThrownBy(() -> Layer.of(List.of(new Paragraph(4, 8), new Paragraph(0, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
    }

    @Test
    void tokenRejectsASurfaceThatDoesNotFitItsSpan() {
        assertThatThrownBy(() -> new Token(0, 3, "كيري", "كيري", TokenType.ARABIC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Paragraph(5, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
