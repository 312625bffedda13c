package naba.spark;

import naba.dedup.DedupOptions;
import naba.dedup.MinHasher;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;

/**
 * One {@link NabaPipeline#standard()} per executor JVM, built on first use (class initialization is lazy and
 * thread-safe), never per record or per partition: loading the models is the expensive part.
 */
final class PipelineHolder {
    private PipelineHolder() {
    }

    static Pipeline pipeline() {
        return Lazy.PIPELINE;
    }

    /** The MinHasher of the given options, cached for the default options used by nearly every run. */
    static MinHasher hasher(DedupOptions options) {
        return options.equals(Lazy.HASHER.options()) ? Lazy.HASHER : new MinHasher(options);
    }

    private static final class Lazy {
        static final Pipeline PIPELINE = NabaPipeline.standard();
        static final MinHasher HASHER = new MinHasher(DedupOptions.DEFAULT);
    }
}
