/**
 * The personal-data SPI (DSR-3, DSR-5, RET-2): every module that holds personal data implements one
 * {@link org.custodian.shared.personaldata.PersonalDataHolder}, so that an access request exports everything and
 * an erasure leaves nothing behind but what the law requires to keep, said with its reason and end date.
 */
package org.custodian.shared.personaldata;
