namespace NeuralScratch.Experiments;

/// <summary>
/// A typical wrong answer, written out so a checker can recognise it: when the learner's answers
/// are this function's answers on every case, the checker says <see cref="Says"/>.
/// </summary>
internal sealed record Mistake<TCase, TOut>(string Says, Func<TCase, TOut> Wrong);
