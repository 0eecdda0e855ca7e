package org.loyaltyhub.adapter.rest.write;

import org.loyaltyhub.adapter.rest.ItemStatus;

/** One entry of a write answer: what became of one item of the request. */
public interface WriteEntry {
    ItemStatus itemStatus();
}
