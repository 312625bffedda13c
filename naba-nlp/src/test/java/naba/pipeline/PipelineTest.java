package naba.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import naba.text.Document;
import naba.text.Layers;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void buildFailsWhenARequiredLayerComesLater() {
        assertThatThrownBy(() -> Pipeline.builder().add(SentenceSplitter.INSTANCE).add(ArabicTokenizer.INSTANCE).build())
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("SentenceSplitter requires layer 'tokens'")
                .hasMessageContaining("add ArabicTokenizer before it");
    }

    @Test
    void annotatesEveryLayerOfTheChain() {
        Pipeline pipeline = NabaPipeline.basic();
        Document d = pipeline.annotate("قال كيري إنّ روسيا.");
        assertThat(d.layerKeys()).containsExactly(Layers.TOKENS, Layers.PARAGRAPHS, Layers.SENTENCES);
        assertThat(pipeline.produces()).contains(Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS);
    }

    @Test
    void oneSharedPipelineGivesTheSameResultOnManyThreads() throws Exception {
        Pipeline pipeline = NabaPipeline.basic();
        String text = "وصل لافروف إلى جنيف. والتقى كيري هناك.\nثم عاد.";
        Document expected = pipeline.annotate(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> pipeline.annotate(text)));
            }
            for (Future<Document> f : futures) {
                Document d = f.get();
                assertThat(d.layer(Layers.TOKENS)).isEqualTo(expected.layer(Layers.TOKENS));
                assertThat(d.layer(Layers.SENTENCES)).isEqualTo(expected.layer(Layers.SENTENCES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
