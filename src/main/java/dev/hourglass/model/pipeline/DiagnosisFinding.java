package dev.hourglass.model.pipeline;

/** One conclusion of the diagnosis and the figures that led to it. */
public record DiagnosisFinding(Finding finding, DiagnosisReason reason) {
}
