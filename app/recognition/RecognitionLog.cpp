#include "RecognitionLog.h"

Q_LOGGING_CATEGORY(lcRecognition, "acta.recognition")
