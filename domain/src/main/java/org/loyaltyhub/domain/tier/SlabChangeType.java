package org.loyaltyhub.domain.tier;

public enum SlabChangeType { UPGRADE, DOWNGRADE, RENEW }
