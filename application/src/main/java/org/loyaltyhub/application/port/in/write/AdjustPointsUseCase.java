package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.application.port.in.ApiCaller;

/**
 * A manual points adjustment of a member: a credit becomes a new lot that expires by the program's rule, a
 * debit a plain deduction. Not on the REST API yet: the org import (seed files) uses it.
 */
public interface AdjustPointsUseCase {
    PointsChanged adjust(ApiCaller caller, PointsAdjustmentCommand command);
}
