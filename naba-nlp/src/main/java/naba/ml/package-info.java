/**
 * A small, fast, language-neutral sequence-labeling engine: hashed features, an averaged structured perceptron,
 * Viterbi decoding and compact model files. There is no Arabic in this package; {@code naba.morph} and
 * {@code naba.ner} put the language knowledge into their feature extractors.
 *
 * <h2>Train a tagger</h2>
 * <pre>{@code
 * LabelSet labels = LabelSet.of(List.of("B-PERS", "I-PERS", "O"));
 * List<TrainingSequence> data = new ArrayList<>();
 * FeatureSequence fs = new FeatureSequence();
 * for (String w : words) {                      // e.g. «قال», «كيري»
 *     fs.nextPosition();
 *     fs.add(FeatureHash.of(1, w, 0, w.length()));              // template 1: the word
 *     fs.add(FeatureHash.of(2, w, Math.max(0, w.length() - 2), w.length())); // template 2: suffix
 * }
 * data.add(new TrainingSequence(fs.copy(), goldIds));          // copy: fs is reused for the next sentence
 * SequenceModel model = new PerceptronTrainer(
 *         new PerceptronOptions(10, 42L, 20, true, (prev, next) -> ...)) // or TransitionConstraint.NONE
 *         .train(labels, data, (epoch, m, mistakes) -> System.err.println(epoch + ": " + dev(m)));
 * }</pre>
 * Feature templates are small ints chosen by the caller; an id is {@link naba.ml.FeatureHash#of} of the template
 * and the value, so no feature dictionary is kept. Use the same extraction code for training and decoding.
 *
 * <h2>Decode</h2>
 * Fill one {@link naba.ml.FeatureSequence} per thread ({@code clear()} between sentences) and call
 * {@link naba.ml.SequenceModel#decode(FeatureSequence, int[])}; map ids back with {@code model.labels().name(id)}.
 * A model trained with {@code transitions=false} is a per-position classifier: {@code classify(fs, i, scratch)};
 * when only a few of many labels are possible at a position, {@code scores(fs, i, ids, count, out)} reads just
 * their weights. Models read from a file (or {@code quantized()}) keep 16-bit weights in memory and skip weight
 * rows that are all zero.
 *
 * <h2>Save and load</h2>
 * {@link naba.ml.SequenceModel#write(java.io.DataOutput)} stores labels, constraint and 16-bit quantized sparse
 * weights; {@link naba.ml.SequenceModel#read(java.io.DataInput)} validates and reads them. Wrap the streams in
 * {@code GZIPOutputStream}/{@code GZIPInputStream} and write your own header before it (format version, feature
 * template names, provenance). Evaluate dev figures on {@code model.quantized()}, which decodes exactly as the
 * saved model will.
 */
package naba.ml;
